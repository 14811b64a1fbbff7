// The status bar's run indicator: while the engine works on a run, a busy bar, the time it has
// taken so far and a Cancel button. Appears only for runs that take noticeably long, so quick
// re-runs (a slider being dragged) do not make it flicker.
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace ls::gui {

class ProgramRunner;
class TracePreparer;

class RunProgress : public QWidget {
    Q_OBJECT

public:
    explicit RunProgress(ProgramRunner& runner, QWidget* parent = nullptr);
    // Also shows the preparation of the finished run's trace for the views (which may take a few
    // seconds for millions of events).
    void watchPreparation(TracePreparer& preparer);
    // The text shown (for tests).
    QString text() const;

    static constexpr int kShowAfterMs = 300;

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStarted();
    void onFinished();
    void onPreparationStage(int stage);
    void onPrepared();
    void tick();
    void retranslateUi();

    ProgramRunner& runner_;
    QProgressBar* bar_;
    QLabel* elapsed_;
    QToolButton* cancel_;
    QTimer* timer_;
    QElapsedTimer preparing_;
    int stage_ = -1;  // TracePreparer::Stage while preparing, else -1
};

}  // namespace ls::gui
