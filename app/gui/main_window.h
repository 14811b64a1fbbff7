// The main window: program editor above, console below, Run / Open / Language in the menus.
#pragma once

#include <QMainWindow>
#include <QString>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;

namespace ls::gui {

class CodeEditor;
class ConsoleView;
class LanguageManager;
class ProgramRunner;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `persistent`: read and write window settings. Off for one-shot runs like --screenshot,
    // which must neither depend on nor disturb the user's saved layout.
    MainWindow(LanguageManager& languages, bool persistent, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a program into the editor. On failure returns false and sets `error` (translated).
    bool loadFile(const QString& path, QString* error = nullptr);

public slots:
    void runProgram();

signals:
    // Emitted after a run ended and all its output is in the console.
    void runFinished(int exitCode);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private slots:
    void open();
    void about();
    void onRunStarted();
    void onRunFinished(int exitCode, const QStringList& diagnostics);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;
    void updateWindowTitle();
    QString programFileName() const;

    LanguageManager& languages_;
    const bool persistent_;
    QString currentFile_;
    enum class RunState { Idle, Running, Finished } runState_ = RunState::Idle;
    int lastExitCode_ = 0;

    CodeEditor* editor_;
    ConsoleView* console_;
    QSplitter* splitter_;
    ProgramRunner* runner_;
    QLabel* runStatus_;

    QMenu* fileMenu_ = nullptr;
    QMenu* runMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QToolBar* toolBar_ = nullptr;
    QAction* openAct_ = nullptr;
    QAction* exitAct_ = nullptr;
    QAction* runAct_ = nullptr;
    QAction* aboutAct_ = nullptr;
    QActionGroup* languageGroup_ = nullptr;
};

}  // namespace ls::gui
