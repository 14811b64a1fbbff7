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
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include "code_editor.h"
#include "console_view.h"
#include "language_manager.h"
#include "program_runner.h"

namespace ls::gui {
namespace {
const char kGeometryKey[] = "mainWindow/geometry";
const char kWindowStateKey[] = "mainWindow/state";
const char kSplitterKey[] = "mainWindow/splitter";
const char kLastFolderKey[] = "mainWindow/lastFolder";
const QSize kDefaultSize(1100, 720);
}  // namespace

MainWindow::MainWindow(LanguageManager& languages, bool persistent, QWidget* parent)
    : QMainWindow(parent),
      languages_(languages),
      persistent_(persistent),
      editor_(new CodeEditor),
      console_(new ConsoleView),
      splitter_(new QSplitter(Qt::Vertical)),
      runner_(new ProgramRunner(this)),
      runStatus_(new QLabel) {
    splitter_->addWidget(editor_);
    splitter_->addWidget(console_);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);
    splitter_->setChildrenCollapsible(false);
    setCentralWidget(splitter_);

    connect(runner_, &ProgramRunner::started, this, &MainWindow::onRunStarted);
    connect(runner_, &ProgramRunner::output, console_, &ConsoleView::appendOutput);
    connect(runner_, &ProgramRunner::finished, this, &MainWindow::onRunFinished);
    connect(editor_->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    retranslateUi();
    resize(kDefaultSize);
    if (persistent_) readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    openAct_ = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    openAct_->setShortcut(QKeySequence::Open);
    connect(openAct_, &QAction::triggered, this, &MainWindow::open);

    exitAct_ = new QAction(this);
    exitAct_->setShortcut(QKeySequence::Quit);
    exitAct_->setMenuRole(QAction::QuitRole);
    connect(exitAct_, &QAction::triggered, this, &QWidget::close);

    runAct_ = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this);
    runAct_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    connect(runAct_, &QAction::triggered, this, &MainWindow::runProgram);

    aboutAct_ = new QAction(this);
    aboutAct_->setMenuRole(QAction::AboutRole);
    connect(aboutAct_, &QAction::triggered, this, &MainWindow::about);

    languageGroup_ = new QActionGroup(this);
    for (const QString& code : LanguageManager::availableLanguages()) {
        QAction* action = languageGroup_->addAction(LanguageManager::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == languages_.currentLanguage());
    }
    connect(languageGroup_, &QActionGroup::triggered, this, [this](QAction* action) {
        languages_.setLanguage(action->data().toString(), /*remember=*/true);
    });
    connect(&languages_, &LanguageManager::languageChanged, this, [this](const QString& code) {
        for (QAction* action : languageGroup_->actions()) action->setChecked(action->data() == code);
    });
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(openAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(exitAct_);

    runMenu_ = menuBar()->addMenu(QString());
    runMenu_->addAction(runAct_);

    languageMenu_ = menuBar()->addMenu(QString());
    languageMenu_->addActions(languageGroup_->actions());

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAct_);
}

void MainWindow::createToolBar() {
    toolBar_ = addToolBar(QString());
    toolBar_->setObjectName(QStringLiteral("mainToolBar"));  // saveState() needs a name
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar_->addAction(openAct_);
    toolBar_->addAction(runAct_);
}

void MainWindow::createStatusBar() {
    statusBar()->addPermanentWidget(runStatus_);
}

// Every user-visible string is set here, so a language switch at runtime reaches all of them.
void MainWindow::retranslateUi() {
    fileMenu_->setTitle(tr("&File"));
    runMenu_->setTitle(tr("&Run"));
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    toolBar_->setWindowTitle(tr("Main Toolbar"));

    openAct_->setText(tr("&Open…"));
    openAct_->setIconText(tr("Open"));  // toolbar label, without the menu's mnemonic
    openAct_->setStatusTip(tr("Open a Python program"));
    exitAct_->setText(tr("E&xit"));
    exitAct_->setStatusTip(tr("Quit Loopscope"));
    runAct_->setText(tr("&Run Program"));
    runAct_->setIconText(tr("Run"));
    runAct_->setStatusTip(tr("Run the program to its end and show its output"));
    aboutAct_->setText(tr("&About Loopscope"));
    aboutAct_->setStatusTip(tr("Show what Loopscope is"));
    for (QAction* action : languageGroup_->actions()) {
        action->setStatusTip(tr("Show the user interface in %1")
                                 .arg(LanguageManager::nativeName(action->data().toString())));
    }

    editor_->setPlaceholderText(
        tr("Write a Python program here, or open one with File > Open…, then press F5 to run it."));
    console_->setPlaceholderText(tr("The program's output appears here."));

    switch (runState_) {
    case RunState::Idle: runStatus_->setText(tr("Ready")); break;
    case RunState::Running: runStatus_->setText(tr("Running…")); break;
    case RunState::Finished:
        runStatus_->setText(tr("Finished with exit code %1").arg(lastExitCode_));
        break;
    }
    updateWindowTitle();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateWindowTitle() {
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] — Loopscope").arg(programFileName()));
}

QString MainWindow::programFileName() const {
    return currentFile_.isEmpty() ? tr("untitled.py") : QFileInfo(currentFile_).fileName();
}

bool MainWindow::loadFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    editor_->setPlainText(QString::fromUtf8(file.readAll()));
    editor_->document()->setModified(false);
    currentFile_ = QFileInfo(path).absoluteFilePath();
    console_->clear();
    runState_ = RunState::Idle;
    retranslateUi();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

void MainWindow::open() {
    QSettings settings;
    const QString startFolder = currentFile_.isEmpty()
                                    ? settings.value(kLastFolderKey, QDir::homePath()).toString()
                                    : QFileInfo(currentFile_).absolutePath();
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

void MainWindow::runProgram() {
    if (runner_->isRunning()) return;
    console_->clear();
    // Tracebacks name the file the way python3 would when run from its folder.
    runner_->run(editor_->toPlainText(), programFileName());
}

void MainWindow::onRunStarted() {
    runState_ = RunState::Running;
    runAct_->setEnabled(false);
    retranslateUi();
}

void MainWindow::onRunFinished(int exitCode, const QStringList& diagnostics) {
    // The engine has already written its diagnostics to the program's stderr (in English);
    // the status bar repeats the first, so it is seen even when the console has scrolled.
    if (!diagnostics.isEmpty()) {
        statusBar()->showMessage(tr("Loopscope stopped the program: %1").arg(diagnostics.constFirst()));
    }
    console_->appendStatus(tr("Program finished with exit code %1.").arg(exitCode));
    runState_ = RunState::Finished;
    lastExitCode_ = exitCode;
    runAct_->setEnabled(true);
    retranslateUi();
    emit runFinished(exitCode);
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Loopscope"),
        tr("<h3>Loopscope %1</h3>"
           "<p>Loopscope runs Python programs on a virtual clock and shows what asyncio's event "
           "loop does: which task runs, where it waits, and how long everything takes.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (persistent_) writeSettings();
    event->accept();
}

void MainWindow::readSettings() {
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty()) restoreGeometry(geometry);
    restoreState(settings.value(kWindowStateKey).toByteArray());
    splitter_->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kWindowStateKey, saveState());
    settings.setValue(kSplitterKey, splitter_->saveState());
}

}  // namespace ls::gui
