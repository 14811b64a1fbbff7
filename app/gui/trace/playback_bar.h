// Playback controls: to start, step back (by task switch / by statement), play/pause, step
// forward, to end; a speed selector (0.25x-16x); the time readout; a slider over the whole trace.
// Past the statement detail a trace kept, the readout and the step buttons say that steps go by event.
// The keyboard shortcuts (Space, Left/Right, Shift+Left/Right, Home/End) are QActions; whoever
// embeds the bar adds them to the widget they should work in (see installShortcuts).
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace ls::gui {

class PlaybackModel;

class PlaybackBar : public QWidget {
    Q_OBJECT

public:
    explicit PlaybackBar(QWidget* parent = nullptr);

    void setModel(PlaybackModel* model);

    // Adds the shortcut actions to `scope`: they work while the focus is in `scope` or its
    // children (not in the code editor, where Space and arrows are text).
    void installShortcuts(QWidget* scope);

    QAction* playAction() const { return play_; }
    QAction* stepForwardAction() const { return stepForward_; }
    QAction* stepBackAction() const { return stepBack_; }
    QAction* switchForwardAction() const { return switchForward_; }
    QAction* switchBackAction() const { return switchBack_; }
    QAction* toStartAction() const { return toStart_; }
    QAction* toEndAction() const { return toEnd_; }
    QString timeText() const;
    // While the playhead is past the statement detail the trace kept (TRACE.md, lines_until), a
    // statement step is one event: the time readout turns amber and its tooltip and the step
    // buttons' say so. The note, or empty before that point: for tests.
    QString detailNote() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void sync();
    void retranslateUi();
    void updateDetailNote(bool force = false);
    QToolButton* buttonFor(QAction* action);

    QPointer<PlaybackModel> model_;
    QAction* toStart_;
    QAction* switchBack_;
    QAction* stepBack_;
    QAction* play_;
    QAction* stepForward_;
    QAction* switchForward_;
    QAction* toEnd_;
    QComboBox* speed_;
    QLabel* speedLabel_;
    QLabel* time_;
    QString detailNote_;
    QSlider* slider_;
};

}  // namespace ls::gui
