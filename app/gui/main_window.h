// The main window: lessons on the left, the lesson's narrative and the program editor in the
// middle, the run's views on the right; menus, toolbar and status bar around them. It owns the
// document being edited (a .py file or a lesson's variant) and the runs of it.
#pragma once

#include <memory>

#include <QMainWindow>
#include <QString>

#include "program_runner.h"
#include "recovery_store.h"
#include "run_settings.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;
class QVBoxLayout;

namespace ls::gui {

struct PreparedTrace;
class BatchRunner;
class CodeEditor;
class CompareView;
class ConsoleView;
class LanguageManager;
class LessonBrowser;
class LessonPage;
class LessonSession;
class PlaybackModel;
class RunProgress;
class TracePreparer;
class TraceView;
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

    // Opens the lesson in `folder` (a lesson folder or its lesson.yaml) with `variant` (empty:
    // the one last used, else the first) and runs it. Asks first about unsaved edits.
    bool openLesson(const QString& folder, const QString& variant = {}, QString* error = nullptr);
    // A lesson folder (or its lesson.yaml) opens that lesson; a folder of lessons is added to the
    // browser and its first lesson opens.
    bool openLessonPath(const QString& path, const QString& variant = {}, QString* error = nullptr);
    // Shows the run even if a quiz question is still unanswered (for screenshots).
    void revealRun() { setRunHidden(false); }
    // At start without --lesson: the lesson last studied, else the first lesson.
    void openStartLesson();
    // Adds a folder of lessons (or one lesson) to the browser; remembered when persistent.
    void addLessonFolder(const QString& path);

    // Tests answer the window's questions through their own prompts; the window keeps a pointer.
    void setPrompts(UserPrompts* prompts);
    void setRecoveryStore(const RecoveryStore& store) { recovery_ = store; }
    // How the window's runs differ from the program's own options (instruction cost, budgets);
    // applies from the next run on.
    void setRunSettings(const RunSettings& settings) { runSettings_ = settings; }
    const RunSettings& runSettings() const { return runSettings_; }

    // For tests and automation.
    CodeEditor* editor() const { return editor_; }
    ConsoleView* outputView() const { return output_; }
    TraceView* traceView() const { return traceView_; }
    CompareView* compareView() const { return compareView_; }
    BatchRunner* compareRunner() const { return compareRunner_; }
    bool isComparing() const { return comparing_; }
    // Compare mode: the lesson's compared variants run side by side (re-run when the scenario's
    // parameters change). Emits comparisonFinished when their runs are shown.
    void setCompareMode(bool on);
    // Moves every view's playhead to `seconds` of virtual time (in the trace's unit). False
    // when there is no run to show.
    bool seekPlayback(double seconds);
    ProgramRunner* runner() const { return runner_; }
    TracePreparer* tracePreparer() const { return preparer_; }
    QAction* runSettingsAction() const { return runSettingsAct_; }
    const RunOutcome* lastOutcome() const { return lastOutcome_.get(); }
    QString documentName() const;
    QSplitter* mainSplitter() const { return mainSplitter_; }
    LessonSession* lessonSession() const { return session_; }
    LessonPage* lessonPage() const { return page_; }
    LessonBrowser* lessonBrowser() const { return browser_; }
    // True while a quiz question holds the run back (the run's views are hidden).
    bool isRunHidden() const { return runHidden_; }
    // Writes the recovery copy now (normally a moment after the last edit).
    void saveRecoveryCopy();

public slots:
    void runProgram();
    void cancelRun();
    // Run > Run Settings…: the dialog; its answer applies from the next run.
    void editRunSettings();
    bool save();
    bool saveAs();
    // Writes the last run's trace: `chrome` in Chrome's trace event format (Perfetto), else as
    // Loopscope's JSON (engine/TRACE.md). False (with a message) if there is none or writing fails.
    bool exportTrace(const QString& path, bool chrome);
    // Writes the timeline (or, in compare mode, the comparison) as PNG, SVG or PDF, by the
    // file name's suffix.
    bool exportTimeline(const QString& path);

signals:
    // Emitted after a run ended, its output is in the console and its views are updated.
    void runFinished(int exitCode);
    void comparisonFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private slots:
    void open();
    void openLessonFolder();
    void about();
    void onRunStarted();
    void onRunFinished(const ls::gui::RunOutcome& outcome);
    void onTracePrepared(const std::shared_ptr<ls::gui::PreparedTrace>& prepared);

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
    void followPlayback(PlaybackModel* model);
    void runComparison();
    void showComparison();
    void updateViewsPage();

    // Lessons.
    void showLesson();               // the session's lesson on the page, in the UI language
    void loadVariantProgram();       // the current variant's program into the editor
    void onVariantChanged(const QString& name);
    void onParametersChanged();
    void onCatalogChanged();
    void showQuestion();
    void setRunHidden(bool hidden);
    void onQuestionAnswered(int question, int choice);
    void updateLessonCompletion(const RunOutcome& outcome);
    bool documentIsLessonProgram() const;

    LanguageManager& languages_;
    const bool persistent_;
    std::unique_ptr<UserPrompts> ownPrompts_;
    UserPrompts* prompts_;
    RecoveryStore recovery_;
    RunSettings runSettings_;
    Document document_;
    std::unique_ptr<RunOutcome> lastOutcome_;
    // Preparing: the run has ended; its trace is being indexed for the views (off the GUI thread).
    enum class RunState { Idle, Running, Preparing, Finished, Cancelled } runState_ = RunState::Idle;
    int lastExitCode_ = 0;

    LessonSession* session_ = nullptr;
    bool runHidden_ = false;

    LessonBrowser* browser_ = nullptr;
    LessonPage* page_ = nullptr;
    CodeEditor* editor_ = nullptr;
    ConsoleView* output_ = nullptr;
    TraceView* traceView_ = nullptr;  // timeline, playback, loop panel, console (gui-views)
    CompareView* compareView_ = nullptr;
    BatchRunner* compareRunner_ = nullptr;
    bool comparing_ = false;
    QStringList comparedVariants_;            // of the runs shown in compareView_
    QList<RunOutcome> comparedOutcomes_;
    QSplitter* mainSplitter_ = nullptr;    // lessons | program | run views
    QSplitter* programSplitter_ = nullptr; // narrative above the editor
    QSplitter* viewsSplitter_ = nullptr;   // timeline, loop panel, console
    QStackedWidget* viewsStack_ = nullptr; // the views, or the veil while a question waits
    QWidget* veil_ = nullptr;
    QLabel* veilLabel_ = nullptr;
    QVBoxLayout* veilLayout_ = nullptr;
    ProgramRunner* runner_ = nullptr;
    TracePreparer* preparer_ = nullptr;
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
    QAction* openLessonFolderAct_ = nullptr;
    QAction* saveAct_ = nullptr;
    QAction* saveAsAct_ = nullptr;
    QMenu* exportMenu_ = nullptr;
    QAction* exportTimelineAct_ = nullptr;
    QAction* exportTraceJsonAct_ = nullptr;
    QAction* exportChromeTraceAct_ = nullptr;
    QAction* exitAct_ = nullptr;
    QAction* undoAct_ = nullptr;
    QAction* redoAct_ = nullptr;
    QAction* cutAct_ = nullptr;
    QAction* copyAct_ = nullptr;
    QAction* pasteAct_ = nullptr;
    QAction* selectAllAct_ = nullptr;
    QAction* runAct_ = nullptr;
    QAction* cancelAct_ = nullptr;
    QAction* runSettingsAct_ = nullptr;
    QAction* resetLayoutAct_ = nullptr;
    QAction* compareAct_ = nullptr;
    QAction* aboutAct_ = nullptr;
    QAction* aboutQtAct_ = nullptr;
    QActionGroup* languageGroup_ = nullptr;
};

}  // namespace ls::gui
