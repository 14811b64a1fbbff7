#include "main_window.h"

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
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

#include "code_editor.h"
#include "console_view.h"
#include "diagnostic_text.h"
#include "error_locator.h"
#include "language_manager.h"
#include "run_progress.h"
#include "trace/trace_view.h"
#include "user_prompts.h"

namespace ls::gui {
namespace {
const char kGeometryKey[] = "mainWindow/geometry";
const char kWindowStateKey[] = "mainWindow/state";
const char kMainSplitterKey[] = "mainWindow/mainSplitter";
const char kProgramSplitterKey[] = "mainWindow/programSplitter";
const char kViewsSplitterKey[] = "mainWindow/viewsSplitter";
const char kLastFolderKey[] = "mainWindow/lastFolder";
const QSize kDefaultSize(1280, 800);
constexpr int kRecoveryDelayMs = 1500;  // after the last keystroke
constexpr int kStatusMessageMs = 4000;

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
    editor_ = new CodeEditor;
    editor_->setObjectName(QStringLiteral("codeEditor"));
    output_ = new ConsoleView;
    output_->setObjectName(QStringLiteral("outputView"));
    runner_ = new ProgramRunner(this);

    programSplitter_ = new QSplitter(Qt::Vertical);
    programSplitter_->setObjectName(QStringLiteral("programSplitter"));
    programSplitter_->addWidget(editor_);

    viewsSplitter_ = new QSplitter(Qt::Vertical);
    viewsSplitter_->setObjectName(QStringLiteral("viewsSplitter"));
    viewsSplitter_->addWidget(output_);
    traceView_ = new TraceView;
    traceView_->setObjectName(QStringLiteral("traceView"));
    viewsSplitter_->insertWidget(0, traceView_);

    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter_->addWidget(programSplitter_);
    mainSplitter_->addWidget(viewsSplitter_);
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
}

void MainWindow::createActions() {
    openAct_ = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    openAct_->setShortcut(QKeySequence::Open);
    connect(openAct_, &QAction::triggered, this, &MainWindow::open);

    saveAct_ = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    saveAct_->setShortcut(QKeySequence::Save);
    connect(saveAct_, &QAction::triggered, this, &MainWindow::save);

    saveAsAct_ = new QAction(this);
    saveAsAct_->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAct_, &QAction::triggered, this, &MainWindow::saveAs);

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
    fileMenu_->addAction(openAct_);
    fileMenu_->addAction(saveAct_);
    fileMenu_->addAction(saveAsAct_);
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

    viewMenu_ = menuBar()->addMenu(QString());
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

    openAct_->setText(tr("&Open…"));
    openAct_->setIconText(tr("Open"));  // toolbar label, without the menu's mnemonic
    openAct_->setStatusTip(tr("Open a Python program"));
    saveAct_->setText(tr("&Save"));
    saveAct_->setIconText(tr("Save"));
    saveAct_->setStatusTip(tr("Save the program"));
    saveAsAct_->setText(tr("Save &As…"));
    saveAsAct_->setStatusTip(tr("Save the program under a new name"));
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

    switch (runState_) {
    case RunState::Idle: runStatus_->setText(tr("Ready")); break;
    case RunState::Running: runStatus_->setText(tr("Running…")); break;
    case RunState::Cancelled: runStatus_->setText(tr("Run cancelled")); break;
    case RunState::Finished:
        if (lastOutcome_ && lastOutcome_->trace) {
            runStatus_->setText(tr("Finished with exit code %1 — %2 s of virtual time, computed in %3 ms")
                                    .arg(lastExitCode_)
                                    .arg(QLocale().toString(lastOutcome_->trace->summary.virtual_time, 'g', 6))
                                    .arg(lastOutcome_->wallMilliseconds));
        } else {
            runStatus_->setText(tr("Finished with exit code %1").arg(lastExitCode_));
        }
        break;
    }
    updateWindowTitle();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
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
    if (runner_->isRunning()) return;
    output_->clear();
    editor_->clearErrorMarkers();
    editor_->setTaskHighlights({});
    ls::RunOptions options;
    options.record_trace = true;
    options.trace_lines = true;
    // Tracebacks name the file the way python3 would when run from its folder.
    const QString fileName = document_.filePath.isEmpty() ? QStringLiteral("prog.py")
                                                          : QFileInfo(document_.filePath).fileName();
    runner_->run(editor_->toPlainText(), fileName, options);
}

void MainWindow::cancelRun() {
    if (!runner_->isRunning()) return;
    runner_->cancel();
    statusBar()->showMessage(tr("Cancelling…"), kStatusMessageMs);
}

void MainWindow::onRunStarted() {
    runState_ = RunState::Running;
    updateActions();
    retranslateUi();
}

void MainWindow::onRunFinished(const RunOutcome& outcome) {
    lastOutcome_ = std::make_unique<RunOutcome>(outcome);
    lastExitCode_ = outcome.exitCode;
    runState_ = outcome.cancelled ? RunState::Cancelled : RunState::Finished;
    showRunErrors(outcome);
    if (outcome.trace) traceView_->setOutcome(outcome);
    output_->appendStatus(tr("Program finished with exit code %1.").arg(outcome.exitCode));
    updateActions();
    retranslateUi();
    emit runFinished(outcome.exitCode);
}

// Python's errors stay as printed (they are in the console already); the editor marks their
// lines, and the app adds its own words for engine diagnostics and common asyncio mistakes.
void MainWindow::showRunErrors(const RunOutcome& outcome) {
    // Only mark the editor if it still shows the program that ran.
    const bool sameText = editor_->toPlainText() == outcome.source;
    QList<ErrorMarker> markers = locateErrors(outcome.stderrText, outcome.fileName, outcome.source);
    for (const ls::Diagnostic& d : outcome.diagnostics) {
        const QString text = DiagnosticText::describe(d);
        output_->appendStatus(text);
        if (d.line > 0) markers.append({d.line, d.col, text});
    }
    for (const QString& hint : DiagnosticText::explainPythonErrors(outcome.stderrText)) {
        output_->appendStatus(tr("Hint: %1").arg(hint));
    }
    if (sameText) editor_->setErrorMarkers(markers);
    if (!outcome.diagnostics.empty()) {
        statusBar()->showMessage(DiagnosticText::describe(outcome.diagnostics.front()), 2 * kStatusMessageMs);
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
    if (mainSplitter_->count() == 3) mainSplitter_->setSizes({w * 18 / 100, w * 41 / 100, w * 41 / 100});
    else mainSplitter_->setSizes({w / 2, w / 2});
    QList<int> program;
    for (int i = 0; i < programSplitter_->count(); ++i) program << (i + 1 == programSplitter_->count() ? h * 6 : h * 4) / 10;
    programSplitter_->setSizes(program);
    QList<int> views;
    for (int i = 0; i < viewsSplitter_->count(); ++i) views << h / qMax(1, viewsSplitter_->count());
    viewsSplitter_->setSizes(views);
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
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kWindowStateKey, saveState());
    settings.setValue(kMainSplitterKey, mainSplitter_->saveState());
    settings.setValue(kProgramSplitterKey, programSplitter_->saveState());
    settings.setValue(kViewsSplitterKey, viewsSplitter_->saveState());
}

}  // namespace ls::gui
