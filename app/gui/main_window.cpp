#include "main_window.h"

#include "trace/loop_narrator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QHash>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "batch_runner.h"
#include "code_editor.h"
#include "console_view.h"
#include "diagnostic_text.h"
#include "error_locator.h"
#include "language_manager.h"
#include "lesson_browser.h"
#include "lesson_locator.h"
#include "lesson_page.h"
#include "lesson_session.h"
#include "parameter_panel.h"
#include "quiz_panel.h"
#include "run_progress.h"
#include "run_settings_dialog.h"
#include "trace/compare_view.h"
#include "trace/playback_model.h"
#include "trace/timeline_widget.h"
#include "trace/trace_export.h"
#include "trace/trace_preparer.h"
#include "trace/trace_view.h"
#include "user_prompts.h"

namespace ls::gui {
namespace {
const char kGeometryKey[] = "mainWindow/geometry";
const char kWindowStateKey[] = "mainWindow/state";
const char kMainSplitterKey[] = "mainWindow/mainSplitter";
const char kProgramSplitterKey[] = "mainWindow/programSplitter";
const char kViewsSplitterKey[] = "mainWindow/viewsSplitter";
const char kLessonPageSplitterKey[] = "mainWindow/lessonPageSplitter";
const char kLastFolderKey[] = "mainWindow/lastFolder";
const char kLessonFoldersKey[] = "lessons/folders";
const QSize kDefaultSize(1280, 800);
constexpr int kRecoveryDelayMs = 1500;  // after the last keystroke
constexpr int kStatusMessageMs = 4000;
constexpr int kMaxHighlightedLineChars = 10000;

// A layout value from the settings, or nothing when it is missing or of the wrong type (a
// hand-edited or corrupt settings file must not break the window; it falls back to defaults).
QByteArray layoutSetting(const QSettings& settings, const char* key) {
    const QVariant value = settings.value(QLatin1String(key));
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}

QString fileKey(const QString& path) { return QStringLiteral("file:") + QFileInfo(path).absoluteFilePath(); }
}  // namespace

MainWindow::MainWindow(LanguageManager& languages, bool persistent, QWidget* parent)
    : QMainWindow(parent),
      languages_(languages),
      persistent_(persistent),
      ownPrompts_(std::make_unique<DialogPrompts>()),
      prompts_(ownPrompts_.get()) {
    createWidgets();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    resize(kDefaultSize);
    resetLayout();
    setDocument({{}, QStringLiteral("untitled"), {}}, {});
    retranslateUi();
    if (persistent_) readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompts(UserPrompts* prompts) { prompts_ = prompts ? prompts : ownPrompts_.get(); }

void MainWindow::createWidgets() {
    session_ = new LessonSession(persistent_, this);
    browser_ = new LessonBrowser(session_->catalog(), session_->progress());
    browser_->setObjectName(QStringLiteral("lessonBrowser"));
    browser_->setLanguage(languages_.currentLanguage());
    page_ = new LessonPage;
    page_->hide();
    editor_ = new CodeEditor;
    editor_->setObjectName(QStringLiteral("codeEditor"));
    output_ = new ConsoleView;
    output_->setObjectName(QStringLiteral("outputView"));
    runner_ = new ProgramRunner(this);
    preparer_ = new TracePreparer(this);
    connect(preparer_, &TracePreparer::prepared, this, &MainWindow::onTracePrepared);

    programSplitter_ = new QSplitter(Qt::Vertical);
    programSplitter_->setObjectName(QStringLiteral("programSplitter"));
    programSplitter_->addWidget(page_);
    programSplitter_->addWidget(editor_);

    viewsSplitter_ = new QSplitter(Qt::Vertical);
    viewsSplitter_->setObjectName(QStringLiteral("viewsSplitter"));
    traceView_ = new TraceView;
    traceView_->setObjectName(QStringLiteral("traceView"));
    viewsSplitter_->addWidget(traceView_);
    viewsSplitter_->addWidget(output_);
    viewsSplitter_->setStretchFactor(0, 4);
    viewsSplitter_->setStretchFactor(1, 1);
    connect(traceView_, &TraceView::modelChanged, this, &MainWindow::followPlayback);
    // While a question waits, the run's place shows the question itself: the answer will
    // appear right there.
    veil_ = new QWidget;
    veil_->setObjectName(QStringLiteral("quizVeil"));
    veilLabel_ = new QLabel;
    veilLabel_->setAlignment(Qt::AlignCenter);
    veilLabel_->setWordWrap(true);
    veilLayout_ = new QVBoxLayout(veil_);
    veilLayout_->setContentsMargins(24, 24, 24, 24);
    veilLayout_->addStretch(1);
    veilLayout_->addWidget(veilLabel_);
    veilLayout_->addStretch(2);
    compareView_ = new CompareView;
    compareView_->setObjectName(QStringLiteral("compareView"));
    compareRunner_ = new BatchRunner(this);
    connect(compareRunner_, &BatchRunner::finished, this,
            [this](const QList<BatchRunner::Job>& jobs, const QList<RunOutcome>& outcomes) {
                comparedVariants_.clear();
                for (const BatchRunner::Job& job : jobs) comparedVariants_ << job.label;
                comparedOutcomes_ = outcomes;
                showComparison();
            });
    viewsStack_ = new QStackedWidget;
    viewsStack_->addWidget(viewsSplitter_);
    viewsStack_->addWidget(veil_);
    viewsStack_->addWidget(compareView_);

    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter_->addWidget(browser_);
    mainSplitter_->addWidget(programSplitter_);
    mainSplitter_->addWidget(viewsStack_);
    for (QSplitter* s : {mainSplitter_, programSplitter_, viewsSplitter_}) s->setChildrenCollapsible(false);
    setCentralWidget(mainSplitter_);

    connect(runner_, &ProgramRunner::started, this, &MainWindow::onRunStarted);
    connect(runner_, &ProgramRunner::output, output_, &ConsoleView::appendOutput);
    connect(runner_, &ProgramRunner::finished, this, &MainWindow::onRunFinished);
    connect(editor_->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);

    recoveryTimer_ = new QTimer(this);
    recoveryTimer_->setSingleShot(true);
    recoveryTimer_->setInterval(kRecoveryDelayMs);
    connect(recoveryTimer_, &QTimer::timeout, this, &MainWindow::saveRecoveryCopy);
    connect(editor_->document(), &QTextDocument::contentsChanged, this, &MainWindow::onTextEdited);

    connect(browser_, &LessonBrowser::lessonActivated, this, [this](const QString& folder) {
        QString error;
        if (!openLesson(folder, {}, &error) && !error.isEmpty()) {
            statusBar()->showMessage(error, kStatusMessageMs);
        }
    });
    connect(&session_->catalog(), &LessonCatalog::changed, this, &MainWindow::onCatalogChanged);
    connect(page_, &LessonPage::variantChanged, this, &MainWindow::onVariantChanged);
    connect(page_, &LessonPage::compareModeChanged, this, &MainWindow::setCompareMode);
    connect(page_->parameters(), &ParameterPanel::valuesChanged, this, &MainWindow::onParametersChanged);
    connect(page_->quiz(), &QuizPanel::answered, this,
            [this](int question, int choice, bool) { onQuestionAnswered(question, choice); });
    connect(page_->quiz(), &QuizPanel::revealRequested, this, [this] {
        setRunHidden(false);
        // The answer plays: from the start, so the student sees the moment the question was about.
        if (PlaybackModel* model = traceView_->model()) {
            model->toStart();
            model->play();
        }
    });
    connect(page_->quiz(), &QuizPanel::tryAgainRequested, this, [this] {
        const int q = page_->quiz()->questionIndex();
        if (q < 0) return;
        session_->progress().clearAnswer(session_->lessonId(), q);
        showQuestion();
    });

    if (QFileInfo(bundledLessonsFolder()).isDir()) session_->catalog().addFolder(bundledLessonsFolder());
    if (persistent_) {
        const QVariant saved = QSettings().value(QLatin1String(kLessonFoldersKey));
        for (const QString& folder : saved.toStringList()) {
            if (QFileInfo(folder).isDir()) session_->catalog().addFolder(folder);
        }
    }
}

void MainWindow::createActions() {
    openAct_ = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    openAct_->setShortcut(QKeySequence::Open);
    connect(openAct_, &QAction::triggered, this, &MainWindow::open);

    openLessonFolderAct_ = new QAction(style()->standardIcon(QStyle::SP_DirOpenIcon), QString(), this);
    openLessonFolderAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openLessonFolderAct_, &QAction::triggered, this, &MainWindow::openLessonFolder);

    saveAct_ = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    saveAct_->setShortcut(QKeySequence::Save);
    connect(saveAct_, &QAction::triggered, this, &MainWindow::save);

    saveAsAct_ = new QAction(this);
    saveAsAct_->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAct_, &QAction::triggered, this, &MainWindow::saveAs);

    exportTimelineAct_ = new QAction(this);
    exportTimelineAct_->setEnabled(false);
    connect(exportTimelineAct_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"),
                                                          QDir::home().filePath(QStringLiteral("timeline.png")),
                                                          TraceExport::imageFilter());
        if (!path.isEmpty()) exportTimeline(path);
    });
    exportTraceJsonAct_ = new QAction(this);
    exportTraceJsonAct_->setEnabled(false);
    connect(exportTraceJsonAct_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Trace"), QDir::home().filePath(QStringLiteral("trace.json")),
                                                          TraceExport::traceJsonFilter());
        if (!path.isEmpty()) exportTrace(path, /*chrome=*/false);
    });
    exportChromeTraceAct_ = new QAction(this);
    exportChromeTraceAct_->setEnabled(false);
    connect(exportChromeTraceAct_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Chrome Trace"),
                                                          QDir::home().filePath(QStringLiteral("trace.chrome.json")),
                                                          TraceExport::chromeTraceFilter());
        if (!path.isEmpty()) exportTrace(path, /*chrome=*/true);
    });

    exitAct_ = new QAction(this);
    exitAct_->setShortcut(QKeySequence::Quit);
    exitAct_->setMenuRole(QAction::QuitRole);
    connect(exitAct_, &QAction::triggered, this, &QWidget::close);

    undoAct_ = new QAction(this);
    undoAct_->setShortcut(QKeySequence::Undo);
    undoAct_->setEnabled(false);
    connect(undoAct_, &QAction::triggered, editor_, &QPlainTextEdit::undo);
    connect(editor_, &QPlainTextEdit::undoAvailable, undoAct_, &QAction::setEnabled);
    redoAct_ = new QAction(this);
    redoAct_->setShortcut(QKeySequence::Redo);
    redoAct_->setEnabled(false);
    connect(redoAct_, &QAction::triggered, editor_, &QPlainTextEdit::redo);
    connect(editor_, &QPlainTextEdit::redoAvailable, redoAct_, &QAction::setEnabled);
    cutAct_ = new QAction(this);
    cutAct_->setShortcut(QKeySequence::Cut);
    cutAct_->setEnabled(false);
    connect(cutAct_, &QAction::triggered, editor_, &QPlainTextEdit::cut);
    connect(editor_, &QPlainTextEdit::copyAvailable, cutAct_, &QAction::setEnabled);
    copyAct_ = new QAction(this);
    copyAct_->setShortcut(QKeySequence::Copy);
    copyAct_->setEnabled(false);
    connect(copyAct_, &QAction::triggered, editor_, &QPlainTextEdit::copy);
    connect(editor_, &QPlainTextEdit::copyAvailable, copyAct_, &QAction::setEnabled);
    pasteAct_ = new QAction(this);
    pasteAct_->setShortcut(QKeySequence::Paste);
    connect(pasteAct_, &QAction::triggered, editor_, &QPlainTextEdit::paste);
    selectAllAct_ = new QAction(this);
    selectAllAct_->setShortcut(QKeySequence::SelectAll);
    connect(selectAllAct_, &QAction::triggered, editor_, &QPlainTextEdit::selectAll);
    // The editor handles these keys itself while it has focus; the actions are for the menu.
    for (QAction* a : {undoAct_, redoAct_, cutAct_, copyAct_, pasteAct_, selectAllAct_}) {
        a->setShortcutContext(Qt::WidgetShortcut);
    }

    runAct_ = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this);
    runAct_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    connect(runAct_, &QAction::triggered, this, &MainWindow::runProgram);

    cancelAct_ = new QAction(style()->standardIcon(QStyle::SP_MediaStop), QString(), this);
    cancelAct_->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::Key_Escape)});
    cancelAct_->setEnabled(false);
    connect(cancelAct_, &QAction::triggered, this, &MainWindow::cancelRun);

    runSettingsAct_ = new QAction(this);
    connect(runSettingsAct_, &QAction::triggered, this, &MainWindow::editRunSettings);

    compareAct_ = new QAction(this);
    compareAct_->setCheckable(true);
    compareAct_->setEnabled(false);
    compareAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(compareAct_, &QAction::toggled, this, &MainWindow::setCompareMode);

    resetLayoutAct_ = new QAction(this);
    connect(resetLayoutAct_, &QAction::triggered, this, &MainWindow::resetLayout);

    aboutAct_ = new QAction(this);
    aboutAct_->setMenuRole(QAction::AboutRole);
    connect(aboutAct_, &QAction::triggered, this, &MainWindow::about);
    aboutQtAct_ = new QAction(this);
    aboutQtAct_->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAct_, &QAction::triggered, qApp, &QApplication::aboutQt);

    languageGroup_ = new QActionGroup(this);
    for (const QString& code : LanguageManager::availableLanguages()) {
        QAction* action = languageGroup_->addAction(LanguageManager::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == languages_.currentLanguage());
    }
    connect(languageGroup_, &QActionGroup::triggered, this, [this](QAction* action) {
        languages_.setLanguage(action->data().toString(), /*remember=*/persistent_);
    });
    connect(&languages_, &LanguageManager::languageChanged, this, [this](const QString& code) {
        for (QAction* action : languageGroup_->actions()) action->setChecked(action->data() == code);
    });
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(openLessonFolderAct_);
    fileMenu_->addAction(openAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(saveAct_);
    fileMenu_->addAction(saveAsAct_);
    fileMenu_->addSeparator();
    exportMenu_ = fileMenu_->addMenu(QString());
    exportMenu_->addAction(exportTimelineAct_);
    exportMenu_->addAction(exportTraceJsonAct_);
    exportMenu_->addAction(exportChromeTraceAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(exitAct_);

    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(undoAct_);
    editMenu_->addAction(redoAct_);
    editMenu_->addSeparator();
    editMenu_->addAction(cutAct_);
    editMenu_->addAction(copyAct_);
    editMenu_->addAction(pasteAct_);
    editMenu_->addSeparator();
    editMenu_->addAction(selectAllAct_);

    runMenu_ = menuBar()->addMenu(QString());
    runMenu_->addAction(runAct_);
    runMenu_->addAction(cancelAct_);
    runMenu_->addSeparator();
    runMenu_->addAction(runSettingsAct_);

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(compareAct_);
    viewMenu_->addSeparator();
    viewMenu_->addAction(resetLayoutAct_);

    languageMenu_ = menuBar()->addMenu(QString());
    languageMenu_->addActions(languageGroup_->actions());

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAct_);
    helpMenu_->addAction(aboutQtAct_);
}

void MainWindow::createToolBar() {
    toolBar_ = addToolBar(QString());
    toolBar_->setObjectName(QStringLiteral("mainToolBar"));  // saveState() needs a name
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar_->addAction(openAct_);
    toolBar_->addAction(saveAct_);
    toolBar_->addSeparator();
    toolBar_->addAction(runAct_);
    toolBar_->addAction(cancelAct_);
}

void MainWindow::createStatusBar() {
    runProgress_ = new RunProgress(*runner_);
    runProgress_->watchPreparation(*preparer_);
    connect(runProgress_, &RunProgress::cancelRequested, this, &MainWindow::cancelRun);
    runStatus_ = new QLabel;
    statusBar()->addPermanentWidget(runProgress_);
    statusBar()->addPermanentWidget(runStatus_);
}

// Every user-visible string is set here, so a language switch at runtime reaches all of them.
void MainWindow::retranslateUi() {
    fileMenu_->setTitle(tr("&File"));
    editMenu_->setTitle(tr("&Edit"));
    runMenu_->setTitle(tr("&Run"));
    viewMenu_->setTitle(tr("&View"));
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    toolBar_->setWindowTitle(tr("Main Toolbar"));

    openLessonFolderAct_->setText(tr("Open &Lesson Folder…"));
    openLessonFolderAct_->setStatusTip(tr("Add a folder of lessons (or one lesson) to the lesson browser"));
    openAct_->setText(tr("&Open…"));
    openAct_->setIconText(tr("Open"));  // toolbar label, without the menu's mnemonic
    openAct_->setStatusTip(tr("Open a Python program"));
    saveAct_->setText(tr("&Save"));
    saveAct_->setIconText(tr("Save"));
    saveAct_->setStatusTip(tr("Save the program"));
    saveAsAct_->setText(tr("Save &As…"));
    saveAsAct_->setStatusTip(tr("Save the program under a new name"));
    exportMenu_->setTitle(tr("&Export"));
    exportTimelineAct_->setText(tr("&Timeline as Image…"));
    exportTimelineAct_->setStatusTip(tr("Save the timeline (or the comparison) as a PNG, SVG or PDF file"));
    exportTraceJsonAct_->setText(tr("Trace as &JSON…"));
    exportTraceJsonAct_->setStatusTip(tr("Save every event of the last run as JSON (Loopscope's trace format)"));
    exportChromeTraceAct_->setText(tr("Trace for &Chrome / Perfetto…"));
    exportChromeTraceAct_->setStatusTip(tr("Save the last run in Chrome's trace event format, to open in Perfetto"));
    exitAct_->setText(tr("E&xit"));
    exitAct_->setStatusTip(tr("Quit Loopscope"));
    undoAct_->setText(tr("&Undo"));
    undoAct_->setStatusTip(tr("Undo the last edit"));
    redoAct_->setText(tr("&Redo"));
    redoAct_->setStatusTip(tr("Redo the last undone edit"));
    cutAct_->setText(tr("Cu&t"));
    cutAct_->setStatusTip(tr("Cut the selection to the clipboard"));
    copyAct_->setText(tr("&Copy"));
    copyAct_->setStatusTip(tr("Copy the selection to the clipboard"));
    pasteAct_->setText(tr("&Paste"));
    pasteAct_->setStatusTip(tr("Paste the clipboard"));
    selectAllAct_->setText(tr("Select &All"));
    selectAllAct_->setStatusTip(tr("Select the whole program"));
    runAct_->setText(tr("&Run Program"));
    runAct_->setIconText(tr("Run"));
    runAct_->setStatusTip(tr("Run the program and show what the event loop did"));
    cancelAct_->setText(tr("&Cancel Run"));
    cancelAct_->setIconText(tr("Cancel"));
    cancelAct_->setStatusTip(tr("Stop the running program"));
    runSettingsAct_->setText(tr("Run &Settings…"));
    runSettingsAct_->setStatusTip(tr("Give instructions a cost in virtual time, or change the budgets that stop runaway programs"));
    compareAct_->setText(tr("&Compare Variants"));
    compareAct_->setStatusTip(tr("Run the lesson's variants and show them on one time axis, with total time and speedup"));
    resetLayoutAct_->setText(tr("&Reset Layout"));
    resetLayoutAct_->setStatusTip(tr("Put the panels back where they were at first start"));
    aboutAct_->setText(tr("&About Loopscope"));
    aboutAct_->setStatusTip(tr("Show what Loopscope is"));
    aboutQtAct_->setText(tr("About &Qt"));
    aboutQtAct_->setStatusTip(tr("Show the version of Qt that Loopscope uses"));
    for (QAction* action : languageGroup_->actions()) {
        action->setStatusTip(tr("Show the user interface in %1")
                                 .arg(LanguageManager::nativeName(action->data().toString())));
    }

    editor_->setPlaceholderText(
        tr("Write a Python program here, or open one with File > Open…, then press F5 to run it."));
    output_->setPlaceholderText(tr("The program's output appears here."));
    veilLabel_->setText(tr("Make your prediction first: the run is revealed here once you have answered."));

    switch (runState_) {
    case RunState::Idle: runStatus_->setText(tr("Ready")); break;
    case RunState::Running: runStatus_->setText(tr("Running…")); break;
    case RunState::Preparing: runStatus_->setText(tr("Preparing the timeline…")); break;
    case RunState::Cancelled: runStatus_->setText(tr("Run cancelled")); break;
    case RunState::Finished:
        if (lastOutcome_ && lastOutcome_->trace) {
            const ls::Trace& trace = *lastOutcome_->trace;
            runStatus_->setText(tr("Finished with exit code %1 — %2 of virtual time, computed in %3 ms")
                                    .arg(lastExitCode_)
                                    .arg(LoopNarrator::formatTime(trace.summary.virtual_time, QString::fromStdString(trace.time_unit)))
                                    .arg(lastOutcome_->wallMilliseconds));
        } else {
            runStatus_->setText(tr("Finished with exit code %1").arg(lastExitCode_));
        }
        break;
    }
    updateWindowTitle();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Lesson texts come in both languages from the lesson itself.
        browser_->setLanguage(languages_.currentLanguage());
        if (session_->isOpen()) {
            showLesson();
            showQuestion();
            if (comparing_ && !comparedOutcomes_.isEmpty()) showComparison();  // variant names
        }
    }
    QMainWindow::changeEvent(event);
}

QString MainWindow::documentName() const {
    return document_.displayName.isEmpty() ? tr("untitled.py") : document_.displayName;
}

void MainWindow::updateWindowTitle() {
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] — Loopscope").arg(documentName()));
}

void MainWindow::updateActions() {
    const bool running = runner_->isRunning();
    cancelAct_->setEnabled(running);
    const bool hasTrace = lastOutcome_ && lastOutcome_->trace && !lastOutcome_->trace->events.empty();
    exportTraceJsonAct_->setEnabled(hasTrace);
    exportChromeTraceAct_->setEnabled(hasTrace);
    exportTimelineAct_->setEnabled(comparing_ ? compareView_->runCount() > 0 : traceView_->model() != nullptr);
    compareAct_->setEnabled(session_->isOpen() && session_->lesson().variants.size() > 1);
}

// ---- the document ---------------------------------------------------------------------------

void MainWindow::setDocument(const Document& document, const QString& text) {
    recoveryTimer_->stop();
    document_ = document;
    QString shown = text;
    bool recovered = false;
    if (persistent_) {
        if (const auto copy = recovery_.load(document_.key); copy && *copy != text) {
            recovered = prompts_->askRestoreRecovery(this, documentName());
            if (recovered) shown = *copy;
            else recovery_.remove(document_.key);
        }
    }
    editor_->setPlainText(shown);
    editor_->document()->setModified(recovered);
    setWindowModified(recovered);
    output_->clear();
    editor_->clearErrorMarkers();
    runState_ = RunState::Idle;
    lastOutcome_.reset();
    preparer_->abandon();
    retranslateUi();
}

void MainWindow::onTextEdited() {
    if (!persistent_) return;
    if (editor_->document()->isModified()) recoveryTimer_->start();
}

void MainWindow::saveRecoveryCopy() {
    if (!editor_->document()->isModified()) {
        recovery_.remove(document_.key);
        return;
    }
    if (!recovery_.save(document_.key, editor_->toPlainText())) {
        statusBar()->showMessage(tr("Could not write a recovery copy to %1")
                                     .arg(QDir::toNativeSeparators(recovery_.directory())),
                                 kStatusMessageMs);
    }
}

bool MainWindow::maybeSave() {
    if (!editor_->document()->isModified()) return true;
    switch (prompts_->askSaveChanges(this, documentName())) {
    case UserPrompts::SaveChoice::Save: return save();
    case UserPrompts::SaveChoice::Discard:
        recoveryTimer_->stop();
        recovery_.remove(document_.key);
        return true;
    case UserPrompts::SaveChoice::Cancel: return false;
    }
    return false;
}

bool MainWindow::loadFile(const QString& path, QString* error) {
    if (!maybeSave()) {
        if (error) *error = tr("Kept the current program: it has unsaved changes.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    const QFileInfo info(path);
    setDocument({info.absoluteFilePath(), fileKey(path), info.fileName()}, QString::fromUtf8(file.readAll()));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
    return true;
}

void MainWindow::open() {
    QSettings settings;
    const QString startFolder = document_.filePath.isEmpty()
                                    ? settings.value(kLastFolderKey, QDir::homePath()).toString()
                                    : QFileInfo(document_.filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Python Program"), startFolder,
                                                      tr("Python programs (*.py);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (!loadFile(path, &error)) {
        QMessageBox::warning(this, tr("Loopscope"), error);
        return;
    }
    if (persistent_) settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
}

bool MainWindow::save() {
    if (document_.filePath.isEmpty()) return saveAs();
    return writeFile(document_.filePath);
}

bool MainWindow::saveAs() {
    QString suggested = document_.filePath;
    if (suggested.isEmpty()) {
        suggested = QDir::home().filePath(document_.displayName.endsWith(QLatin1String(".py"))
                                              ? document_.displayName
                                              : tr("untitled.py"));
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Program As"), suggested,
                                                      tr("Python programs (*.py);;All files (*)"));
    if (path.isEmpty()) return false;
    return writeFile(path);
}

bool MainWindow::writeFile(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(editor_->toPlainText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Loopscope"),
                             tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    recoveryTimer_->stop();
    recovery_.remove(document_.key);
    // A lesson's program saved as a file becomes that file.
    const QFileInfo info(path);
    document_ = {info.absoluteFilePath(), fileKey(path), info.fileName()};
    editor_->document()->setModified(false);
    updateWindowTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
    return true;
}

// ---- runs -----------------------------------------------------------------------------------

void MainWindow::runProgram() {
    // A run asked for while one is in progress replaces any waiting one (ProgramRunner keeps
    // only the latest): dragging a parameter slider re-runs as fast as the engine allows.
    // (Markers are cleared only when there are some: every change makes the editor lay its text
    // out again, which takes a second for a line of megabytes.)
    if (!editor_->errorMarkers().isEmpty()) editor_->clearErrorMarkers();
    editor_->setTaskHighlights({});
    ls::RunOptions options;
    QString fileName;
    if (documentIsLessonProgram()) {
        options = session_->runOptions();
        fileName = QString::fromStdString(options.filename);
    } else {
        // Tracebacks name the file the way python3 would when run from its folder.
        fileName = document_.filePath.isEmpty() ? QStringLiteral("prog.py") : QFileInfo(document_.filePath).fileName();
    }
    runSettings_.applyTo(options);
    options.record_trace = true;
    options.trace_lines = true;
    runner_->run(editor_->toPlainText(), fileName, options);
}

bool MainWindow::documentIsLessonProgram() const {
    return session_->isOpen() && document_.key == session_->documentKey();
}

void MainWindow::editRunSettings() {
    RunSettingsDialog dialog(this);
    dialog.setSettings(runSettings_);
    if (dialog.exec() != QDialog::Accepted) return;
    runSettings_ = dialog.settings();
    statusBar()->showMessage(tr("The next run uses these settings (F5 runs the program)"), kStatusMessageMs);
}

void MainWindow::cancelRun() {
    if (!runner_->isRunning()) return;
    runner_->cancel();
    statusBar()->showMessage(tr("Cancelling…"), kStatusMessageMs);
}

void MainWindow::onRunStarted() {
    preparer_->abandon();  // a run still being prepared is superseded by this one
    output_->clear();
    runState_ = RunState::Running;
    updateActions();
    retranslateUi();
}

void MainWindow::onRunFinished(const RunOutcome& outcome) {
    lastOutcome_ = std::make_unique<RunOutcome>(outcome);
    lastExitCode_ = outcome.exitCode;
    showRunErrors(outcome);
    output_->appendMessage([code = outcome.exitCode] { return tr("Program finished with exit code %1.").arg(code); });
    if (documentIsLessonProgram()) updateLessonCompletion(outcome);
    if (outcome.trace && !outcome.trace->events.empty()) {
        // The views follow once the trace is indexed; the window stays responsive meanwhile.
        runState_ = RunState::Preparing;
        preparer_->prepare(outcome.trace, outcome.source, outcome.stderrText, outcome.diagnostics);
        updateActions();
        retranslateUi();
        return;
    }
    preparer_->abandon();
    traceView_->clear();  // a syntax error: nothing ran
    runState_ = outcome.cancelled ? RunState::Cancelled : RunState::Finished;
    updateActions();
    retranslateUi();
    emit runFinished(outcome.exitCode);
}

void MainWindow::onTracePrepared(const std::shared_ptr<PreparedTrace>& prepared) {
    if (!lastOutcome_) return;
    traceView_->setPrepared(*prepared);
    runState_ = lastOutcome_->cancelled ? RunState::Cancelled : RunState::Finished;
    updateActions();
    retranslateUi();
    emit runFinished(lastOutcome_->exitCode);
}

bool MainWindow::exportTrace(const QString& path, bool chrome) {
    if (!lastOutcome_ || !lastOutcome_->trace || lastOutcome_->trace->events.empty()) return false;
    QString error;
    const bool ok = chrome ? TraceExport::saveChromeTrace(*lastOutcome_->trace, path, &error)
                           : TraceExport::saveTraceJson(*lastOutcome_->trace, path, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Loopscope"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
    return true;
}

bool MainWindow::exportTimeline(const QString& path) {
    QCustomPlot* plot = comparing_ ? compareView_->plot() : traceView_->timeline()->plot();
    if (comparing_ ? compareView_->runCount() == 0 : traceView_->model() == nullptr) return false;
    QString error;
    if (!TraceExport::savePlot(plot, path, &error)) {
        QMessageBox::warning(this, tr("Loopscope"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
    return true;
}

// ---- compare mode -----------------------------------------------------------------------------

void MainWindow::setCompareMode(bool on) {
    on = on && session_->isOpen() && session_->lesson().variants.size() > 1;
    if (on == comparing_) return;
    comparing_ = on;
    {
        const QSignalBlocker a(compareAct_), b(page_);
        compareAct_->setChecked(on);
        page_->setCompareMode(on);
    }
    if (on) runComparison();
    else compareRunner_->cancel();
    updateViewsPage();
    updateActions();
}

void MainWindow::runComparison() {
    QList<BatchRunner::Job> jobs;
    for (const QString& variant : page_->compareVariants()) {
        BatchRunner::Job job;
        job.label = variant;
        job.source = session_->programSource(variant);
        job.options = session_->runOptions(variant);
        job.options.record_trace = true;
        job.fileName = QString::fromStdString(job.options.filename);
        jobs << job;
    }
    compareRunner_->run(jobs);
}

void MainWindow::showComparison() {
    QList<CompareRun> runs;
    for (int i = 0; i < comparedOutcomes_.size() && i < comparedVariants_.size(); ++i) {
        runs.append({session_->variantLabel(comparedVariants_[i], languages_.currentLanguage()),
                     comparedOutcomes_[i].trace, comparedOutcomes_[i].source});
    }
    compareView_->setRuns(runs);
    updateActions();
    emit comparisonFinished();
}

void MainWindow::updateViewsPage() {
    QWidget* page = runHidden_ ? veil_ : comparing_ ? static_cast<QWidget*>(compareView_) : viewsSplitter_;
    viewsStack_->setCurrentWidget(page);
}

// Each task's line at the playhead, tinted in the task's colour in the editor (only while the
// editor shows the program that ran: the lines would be wrong for edited text).
void MainWindow::followPlayback(PlaybackModel* model) {
    editor_->setTaskHighlights({});
    if (!model) return;
    connect(model, &PlaybackModel::taskLinesChanged, this, [this, model](const QList<TaskLine>& lines) {
        // Hidden behind a question: the editor keeps pointing at the question's line.
        if (runHidden_ || editor_->toPlainText() != model->source()) return;
        // One tint per line: the first task there gives its colour and name, the others are
        // counted (a run of many tasks may have hundreds of thousands on one line).
        QList<LineHighlight> highlights;
        QHash<int, int> highlightOfLine, othersOnLine;
        for (const TaskLine& t : lines) {
            if (t.state == TaskState::Done || t.state == TaskState::NotCreated) continue;
            if (const auto it = highlightOfLine.constFind(t.line); it != highlightOfLine.constEnd()) {
                ++othersOnLine[*it];
                continue;
            }
            // Tinting a line of megabytes makes the editor lay it out again: seconds, every step.
            if (editor_->document()->findBlockByNumber(t.line - 1).length() > kMaxHighlightedLineChars) continue;
            highlightOfLine.insert(t.line, static_cast<int>(highlights.size()));
            highlights.append({t.line, t.color, t.label});
        }
        for (auto it = othersOnLine.constBegin(); it != othersOnLine.constEnd(); ++it) {
            LineHighlight& h = highlights[it.key()];
            h.label = tr("%1 and %n other task(s)", "", it.value()).arg(h.label);
        }
        editor_->setTaskHighlights(highlights);
    });
}

bool MainWindow::seekPlayback(double seconds) {
    PlaybackModel* model = traceView_->model();
    if (!model) return false;
    model->seekTime(seconds);
    return true;
}

// Python's errors stay as printed (they are in the console already); the editor marks their
// lines, and the app adds its own words for engine diagnostics and common asyncio mistakes.
void MainWindow::showRunErrors(const RunOutcome& outcome) {
    // Only mark the editor if it still shows the program that ran.
    const bool sameText = editor_->toPlainText() == outcome.source;
    QList<ErrorMarker> markers = locateErrors(outcome.stderrText, outcome.fileName, outcome.source);
    // Times in diagnostics are in the run's unit (minutes for the kitchen).
    const QString unit = outcome.trace && !outcome.trace->time_unit.empty() ? QString::fromStdString(outcome.trace->time_unit)
                                                                            : QStringLiteral("s");
    // The console words these again if the language changes.
    for (const ls::Diagnostic& d : outcome.diagnostics) {
        output_->appendMessage([d, unit] { return DiagnosticText::describe(d, unit); });
        if (d.line > 0) markers.append({d.line, d.col, DiagnosticText::describe(d, unit)});
    }
    const QStringList hints = DiagnosticText::explainPythonErrors(outcome.stderrText);
    for (int i = 0; i < hints.size(); ++i) {
        output_->appendMessage([stderrText = outcome.stderrText, i] {
            return tr("Hint: %1").arg(DiagnosticText::explainPythonErrors(stderrText).value(i));
        });
    }
    if (sameText && !(markers.isEmpty() && editor_->errorMarkers().isEmpty())) editor_->setErrorMarkers(markers);
    if (!outcome.diagnostics.empty()) {
        statusBar()->showMessage(DiagnosticText::describe(outcome.diagnostics.front(), unit), 2 * kStatusMessageMs);
    }
}

// ---- lessons --------------------------------------------------------------------------------

void MainWindow::addLessonFolder(const QString& path) {
    session_->catalog().addFolder(path);
    if (!persistent_) return;
    QSettings settings;
    QStringList folders = settings.value(QLatin1String(kLessonFoldersKey)).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!folders.contains(absolute) && absolute != QFileInfo(bundledLessonsFolder()).absoluteFilePath()) {
        folders << absolute;
        settings.setValue(QLatin1String(kLessonFoldersKey), folders);
    }
}

void MainWindow::openLessonFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Lesson Folder"),
                                                             session_->folder().isEmpty() ? QDir::homePath()
                                                                                          : session_->folder());
    if (folder.isEmpty()) return;
    QString error;
    if (!openLessonPath(folder, {}, &error) && !error.isEmpty()) {
        QMessageBox::warning(this, tr("Loopscope"), error);
    }
}

bool MainWindow::openLessonPath(const QString& path, const QString& variant, QString* error) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (ls::lesson::is_lesson_path(std::filesystem::path(absolute.toStdString()))) {
        const QString folder = QFileInfo(absolute).isFile() ? QFileInfo(absolute).absolutePath() : absolute;
        // A lesson already listed (e.g. one of the bundled lessons) is not added a second time.
        if (!session_->catalog().findLesson(folder)) addLessonFolder(folder);
        return openLesson(folder, variant, error);
    }
    if (!QFileInfo(absolute).isDir()) {
        if (error) *error = tr("%1 is not a lesson folder").arg(QDir::toNativeSeparators(path));
        return false;
    }
    addLessonFolder(absolute);
    for (const LessonCatalog::Folder& f : session_->catalog().folders()) {
        if (f.root != QDir::cleanPath(absolute)) continue;
        if (!f.library.lessons.empty()) return openLesson(toQString(f.library.lessons.front().folder), variant, error);
        if (error) {
            QStringList lines;
            for (const auto& e : f.library.errors) lines << toQString(e.to_string());
            *error = lines.isEmpty() ? tr("No lessons in %1").arg(QDir::toNativeSeparators(path))
                                     : lines.join(QLatin1Char('\n'));
        }
    }
    return false;
}

void MainWindow::openStartLesson() {
    const QString last = session_->progress().lastLesson();
    if (!last.isEmpty() && session_->catalog().findLesson(last) && openLesson(last)) return;
    if (const ls::lesson::Lesson* first = session_->catalog().firstLesson()) openLesson(toQString(first->folder));
}

bool MainWindow::openLesson(const QString& folder, const QString& variant, QString* error) {
    if (!maybeSave()) {
        browser_->setCurrentLesson(session_->folder());  // the click did not happen
        if (error) *error = tr("Kept the current program: it has unsaved changes.");
        return false;
    }
    if (!session_->open(folder, variant, error)) {
        browser_->setCurrentLesson(session_->folder());
        return false;
    }
    browser_->setCurrentLesson(session_->folder());
    showLesson();
    loadVariantProgram();
    if (comparing_) {
        const bool canCompare = session_->lesson().variants.size() > 1;
        comparing_ = false;  // so setCompareMode starts the new lesson's comparison
        setCompareMode(canCompare);
    }
    updateActions();
    return true;
}

void MainWindow::showLesson() {
    page_->setLesson(session_->lesson(), session_->variant(), session_->parameterValues(),
                     languages_.currentLanguage());
    page_->show();
}

void MainWindow::loadVariantProgram() {
    const ls::lesson::Variant* v = session_->currentVariant();
    const QString name = tr("%1 — %2").arg(textIn(session_->lesson().title, languages_.currentLanguage()),
                                           session_->variantLabel(session_->variant(), languages_.currentLanguage()));
    setDocument({{}, session_->documentKey(), v ? QFileInfo(toQString(v->program)).fileName() : name},
                session_->programSource());
    showQuestion();
    runProgram();
}

void MainWindow::onVariantChanged(const QString& name) {
    if (!session_->isOpen() || name == session_->variant()) return;
    if (!maybeSave()) {
        const QSignalBlocker block(page_);
        page_->selectVariant(session_->variant());
        return;
    }
    session_->setVariant(name);
    loadVariantProgram();
}

void MainWindow::onParametersChanged() {
    session_->setParameterValues(page_->parameters()->values());
    if (comparing_) runComparison();
    if (!documentIsLessonProgram()) return;
    if (editor_->document()->isModified()) {
        // The parameters are the lesson program's constants; the student's own text is theirs.
        statusBar()->showMessage(tr("The scenario parameters change the lesson's program; your edited "
                                    "program is kept as it is. Save or discard your edits to use them."),
                                 2 * kStatusMessageMs);
        return;
    }
    const int scroll = editor_->verticalScrollBar()->value();
    editor_->setPlainText(session_->programSource());
    editor_->document()->setModified(false);
    editor_->verticalScrollBar()->setValue(scroll);
    runProgram();
}

void MainWindow::onCatalogChanged() {
    browser_->refresh();
    if (!session_->isOpen()) return;
    QString error;
    if (!session_->reload(&error)) {
        // The lesson on screen broke while being edited: keep showing it, say what is wrong.
        statusBar()->showMessage(tr("The lesson's files have errors: %1").arg(error.section(QLatin1Char('\n'), 0, 0)),
                                 2 * kStatusMessageMs);
        output_->appendMessage([error] { return tr("The lesson could not be reloaded:\n%1").arg(error); });
        return;
    }
    showLesson();
    if (comparing_) runComparison();
    if (!editor_->document()->isModified()) {
        // A run still going is of the old files: stop it instead of waiting for it to finish.
        if (runner_->isRunning()) runner_->cancel();
        loadVariantProgram();  // the program or its world may have changed: run it again
    } else {
        showQuestion();
    }
    statusBar()->showMessage(tr("Reloaded the lesson from disk"), kStatusMessageMs);
}

void MainWindow::showQuestion() {
    const int q = session_->isOpen() ? session_->questionToShow() : -1;
    if (q < 0) {
        page_->quiz()->clearQuestion();
        setRunHidden(false);
        return;
    }
    page_->quiz()->setQuestion(q, session_->lesson().quiz[size_t(q)],
                               session_->progress().answer(session_->lessonId(), q), languages_.currentLanguage());
    setRunHidden(page_->quiz()->isWaiting());
    const ls::lesson::Question& question = session_->lesson().quiz[size_t(q)];
    if (runHidden_ && question.line > 0 && documentIsLessonProgram()) {
        // Point at the line the question is about (playback's highlights replace this later).
        editor_->setTaskHighlights({{question.line, QColor(0xf5, 0xc2, 0x11), tr("The question is about this line")}});
        editor_->ensureLineVisible(question.line);
    }
    if (!runHidden_) {
        page_->revealQuiz();
        // Again once the layout has settled (the page may just have been filled).
        QTimer::singleShot(0, page_, &LessonPage::revealQuiz);
    }
}

void MainWindow::setRunHidden(bool hidden) {
    runHidden_ = hidden;
    if (hidden) veilLayout_->insertWidget(2, page_->quiz());  // reparents it into the veil
    else page_->restoreQuiz();
    page_->updateExtras();
    updateViewsPage();
}

void MainWindow::onQuestionAnswered(int question, int choice) {
    session_->progress().setAnswer(session_->lessonId(), question, choice);
    if (lastOutcome_ && documentIsLessonProgram()) updateLessonCompletion(*lastOutcome_);
}

// A lesson counts as completed once it has run cleanly and every question in it is answered.
void MainWindow::updateLessonCompletion(const RunOutcome& outcome) {
    if (outcome.exitCode != 0 || outcome.cancelled) return;
    for (size_t i = 0; i < session_->lesson().quiz.size(); ++i) {
        if (!session_->isAnswered(int(i))) return;
    }
    if (session_->progress().status(session_->lessonId()) != LessonProgress::Status::Completed) {
        session_->progress().markCompleted(session_->lessonId());
        browser_->refresh();
    }
}

// ---- window ---------------------------------------------------------------------------------

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Loopscope"),
        tr("<h3>Loopscope %1</h3>"
           "<p>Loopscope runs Python programs on a virtual clock and shows what asyncio's event "
           "loop does: which task runs, where it waits, and how long everything takes.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    runner_->cancel();
    if (persistent_) writeSettings();
    event->accept();
}

void MainWindow::resetLayout() {
    // Proportions of the default window: lessons narrow, program and views about equal.
    const int w = qMax(width(), kDefaultSize.width());
    const int h = qMax(height(), kDefaultSize.height());
    mainSplitter_->setSizes({w * 17 / 100, w * 40 / 100, w * 43 / 100});
    programSplitter_->setSizes({h / 2, h / 2});
    viewsSplitter_->setSizes({h * 78 / 100, h * 22 / 100});
}

void MainWindow::readSettings() {
    QSettings settings;
    if (!restoreGeometry(layoutSetting(settings, kGeometryKey))) resize(kDefaultSize);
    restoreState(layoutSetting(settings, kWindowStateKey));
    // A splitter state saved by a version with other panels fails to restore; the defaults stay.
    if (!mainSplitter_->restoreState(layoutSetting(settings, kMainSplitterKey)) ||
        !programSplitter_->restoreState(layoutSetting(settings, kProgramSplitterKey)) ||
        !viewsSplitter_->restoreState(layoutSetting(settings, kViewsSplitterKey))) {
        resetLayout();
    }
    page_->splitter()->restoreState(layoutSetting(settings, kLessonPageSplitterKey));
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kWindowStateKey, saveState());
    settings.setValue(kMainSplitterKey, mainSplitter_->saveState());
    settings.setValue(kProgramSplitterKey, programSplitter_->saveState());
    settings.setValue(kViewsSplitterKey, viewsSplitter_->saveState());
    settings.setValue(kLessonPageSplitterKey, page_->splitter()->saveState());
}

}  // namespace ls::gui
