// The main window: lessons on the left, the lesson's narrative and the program editor in the
// middle, the run's views on the right; menus, toolbar and status bar around them. It owns the
// document being edited (a .py file or a lesson's variant) and the runs of it.
#pragma once

#include <memory>

#include <QMainWindow>
#include <QString>

#include "program_runner.h"
#include "recovery_store.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;
class QToolBar;

namespace ls::gui {

class CodeEditor;
class ConsoleView;
class LanguageManager;
class TraceView;
class RunProgress;
class UserPrompts;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `persistent`: read and write window settings, recovery copies and progress. Off for
    // one-shot runs like --screenshot, which must neither depend on nor disturb the user's state.
    MainWindow(LanguageManager& languages, bool persistent, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a program into the editor (asking first if the current one has unsaved edits). On
    // failure returns false and sets `error` (translated).
    bool loadFile(const QString& path, QString* error = nullptr);

    // Tests answer the window's questions through their own prompts; the window keeps a pointer.
    void setPrompts(UserPrompts* prompts);
    void setRecoveryStore(const RecoveryStore& store) { recovery_ = store; }

    // For tests and automation.
    CodeEditor* editor() const { return editor_; }
    ConsoleView* outputView() const { return output_; }
    ProgramRunner* runner() const { return runner_; }
    const RunOutcome* lastOutcome() const { return lastOutcome_.get(); }
    QString documentName() const;
    QSplitter* mainSplitter() const { return mainSplitter_; }
    // Writes the recovery copy now (normally a moment after the last edit).
    void saveRecoveryCopy();

public slots:
    void runProgram();
    void cancelRun();
    bool save();
    bool saveAs();

signals:
    // Emitted after a run ended, its output is in the console and its views are updated.
    void runFinished(int exitCode);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private slots:
    void open();
    void about();
    void onRunStarted();
    void onRunFinished(const ls::gui::RunOutcome& outcome);

private:
    // What the editor holds. A plain file is saved in place; recovery copies are keyed by `key`.
    struct Document {
        QString filePath;     // the .py file on disk, empty for a new program
        QString key;          // identity for recovery copies
        QString displayName;  // for titles and questions
    };

    void createWidgets();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;
    void resetLayout();
    void updateWindowTitle();
    void updateActions();

    // Unsaved edits: ask to save, discard or cancel. True when the caller may go on.
    bool maybeSave();
    // Shows `text` as the document, offering a recovery copy of it when one exists.
    void setDocument(const Document& document, const QString& text);
    bool writeFile(const QString& path);
    void onTextEdited();
    void showRunErrors(const RunOutcome& outcome);

    LanguageManager& languages_;
    const bool persistent_;
    std::unique_ptr<UserPrompts> ownPrompts_;
    UserPrompts* prompts_;
    RecoveryStore recovery_;
    Document document_;
    std::unique_ptr<RunOutcome> lastOutcome_;
    enum class RunState { Idle, Running, Finished, Cancelled } runState_ = RunState::Idle;
    int lastExitCode_ = 0;

    CodeEditor* editor_ = nullptr;
    ConsoleView* output_ = nullptr;
    TraceView* traceView_ = nullptr;  // timeline, playback, loop panel (gui-views)
    QSplitter* mainSplitter_ = nullptr;    // lessons | program | run views
    QSplitter* programSplitter_ = nullptr; // narrative above the editor
    QSplitter* viewsSplitter_ = nullptr;   // timeline, loop panel, console
    ProgramRunner* runner_ = nullptr;
    RunProgress* runProgress_ = nullptr;
    QLabel* runStatus_ = nullptr;
    QTimer* recoveryTimer_ = nullptr;

    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* runMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QToolBar* toolBar_ = nullptr;
    QAction* openAct_ = nullptr;
    QAction* saveAct_ = nullptr;
    QAction* saveAsAct_ = nullptr;
    QAction* exitAct_ = nullptr;
    QAction* undoAct_ = nullptr;
    QAction* redoAct_ = nullptr;
    QAction* cutAct_ = nullptr;
    QAction* copyAct_ = nullptr;
    QAction* pasteAct_ = nullptr;
    QAction* selectAllAct_ = nullptr;
    QAction* runAct_ = nullptr;
    QAction* cancelAct_ = nullptr;
    QAction* resetLayoutAct_ = nullptr;
    QAction* aboutAct_ = nullptr;
    QAction* aboutQtAct_ = nullptr;
    QActionGroup* languageGroup_ = nullptr;
};

}  // namespace ls::gui
