// The program's output as far as the playhead has come: each print in the colour of the task
// that printed it, stderr in red. Follows the playhead both ways: forward it appends, backward it
// cuts the text back to the last entry still visible.
#pragma once

#include <vector>

#include <QPlainTextEdit>
#include <QPointer>

namespace ls::gui {

class PlaybackModel;

class TraceConsole : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit TraceConsole(QWidget* parent = nullptr);

    void setModel(PlaybackModel* model);
    int shownEntries() const { return static_cast<int>(entryEnds_.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void sync();
    void retranslateUi();

    QPointer<PlaybackModel> model_;
    std::vector<int> entryEnds_;  // document position after each shown entry
};

}  // namespace ls::gui
