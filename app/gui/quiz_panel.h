// Predict-then-reveal: a lesson's question ("what prints next?", "how long will this take?")
// asked before the run plays. The student picks an answer and checks it; the panel says whether
// it was right, explains, and offers to reveal the run.
#pragma once

#include <optional>

#include <QString>
#include <QWidget>

#include <loopscope/lesson.h>

class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ls::gui {

class QuizPanel : public QWidget {
    Q_OBJECT

public:
    explicit QuizPanel(QWidget* parent = nullptr);

    // Shows `question`. With `previousAnswer`, it is shown as already answered (checked, with
    // the explanation) and does not hold the run back.
    void setQuestion(int index, const ls::lesson::Question& question, std::optional<int> previousAnswer,
                     const QString& language);
    void clearQuestion();
    bool hasQuestion() const { return index_ >= 0; }
    // True while the question waits for an answer (the run must not reveal it yet).
    bool isWaiting() const { return index_ >= 0 && !answer_; }
    int questionIndex() const { return index_; }
    std::optional<int> answer() const { return answer_; }

    // Selects `choice` and checks it, as a click on the choice and on Check would.
    bool answerWith(int choice);
    // The result line and explanation as shown (for tests).
    QString resultText() const;
    QString explanationText() const;
    QString promptText() const;

signals:
    void answered(int question, int choice, bool correct);
    void revealRequested();
    void tryAgainRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildChoices();
    void showResult();
    void retranslateUi();

    ls::lesson::Question question_;
    int index_ = -1;
    std::optional<int> answer_;
    QString language_;

    QLabel* heading_;
    QLabel* prompt_;
    QVBoxLayout* choicesLayout_;
    QButtonGroup* choices_;
    QPushButton* checkButton_;
    QLabel* result_;
    QLabel* explanation_;
    QPushButton* revealButton_;
    QPushButton* retryButton_;
};

}  // namespace ls::gui
