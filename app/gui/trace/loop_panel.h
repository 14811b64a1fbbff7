// The event loop's insides at the playhead: one sentence on what it does now, then the running
// task, the ready queue in order, pending timers with their due times, the tasks waiting on
// futures / I/O / locks / other tasks, the awaited-by chains, and threads and cores when the
// trace has them.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ls::gui {

class PlaybackModel;

class LoopPanel : public QWidget {
    Q_OBJECT

public:
    enum Section { Running, ReadyQueue, Timers, Waiting, AwaitChains, Threads, Cores, SectionCount };

    explicit LoopPanel(QWidget* parent = nullptr);

    void setModel(PlaybackModel* model);

    // What the panel shows, for tests and accessibility: the sentence, and a section's rows.
    QString narration() const;
    QStringList rows(Section section) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslateUi();
    QTreeWidgetItem* addRow(Section section, const QString& text, int task = -1);

    QPointer<PlaybackModel> model_;
    QLabel* narration_;
    QTreeWidget* tree_;
    QTreeWidgetItem* sections_[SectionCount] = {};
};

}  // namespace ls::gui
