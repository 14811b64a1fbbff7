#include "quiz_panel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "lesson_catalog.h"

namespace ls::gui {
namespace {
const QColor kRight(0x26, 0xa2, 0x69);
const QColor kWrong(0xc0, 0x1c, 0x28);
}

QuizPanel::QuizPanel(QWidget* parent)
    : QWidget(parent),
      heading_(new QLabel),
      prompt_(new QLabel),
      choicesLayout_(new QVBoxLayout),
      choices_(new QButtonGroup(this)),
      checkButton_(new QPushButton),
      result_(new QLabel),
      explanation_(new QLabel),
      revealButton_(new QPushButton),
      retryButton_(new QPushButton) {
    setObjectName(QStringLiteral("quizPanel"));
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(frame);
    auto* layout = new QVBoxLayout(frame);
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    prompt_->setWordWrap(true);
    prompt_->setObjectName(QStringLiteral("quizPrompt"));
    result_->setWordWrap(true);
    result_->setObjectName(QStringLiteral("quizResult"));
    result_->setFont(bold);
    explanation_->setWordWrap(true);
    explanation_->setObjectName(QStringLiteral("quizExplanation"));
    explanation_->setTextFormat(Qt::PlainText);
    layout->addWidget(heading_);
    layout->addWidget(prompt_);
    layout->addLayout(choicesLayout_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(checkButton_);
    buttons->addWidget(retryButton_);
    buttons->addWidget(revealButton_);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(result_);
    layout->addWidget(explanation_);

    checkButton_->setEnabled(false);
    connect(choices_, &QButtonGroup::idClicked, this, [this] { checkButton_->setEnabled(!answer_); });
    connect(checkButton_, &QPushButton::clicked, this, [this] {
        if (choices_->checkedId() >= 0) answerWith(choices_->checkedId());
    });
    connect(revealButton_, &QPushButton::clicked, this, &QuizPanel::revealRequested);
    connect(retryButton_, &QPushButton::clicked, this, &QuizPanel::tryAgainRequested);
    retranslateUi();
    hide();
}

void QuizPanel::setQuestion(int index, const ls::lesson::Question& question, std::optional<int> previousAnswer,
                            const QString& language) {
    question_ = question;
    index_ = index;
    answer_ = previousAnswer;
    if (answer_ && (*answer_ < 0 || *answer_ >= int(question.choices.size()))) answer_.reset();
    language_ = language;
    rebuildChoices();
    showResult();
    retranslateUi();
    show();
}

void QuizPanel::clearQuestion() {
    index_ = -1;
    answer_.reset();
    hide();
}

void QuizPanel::rebuildChoices() {
    for (QAbstractButton* b : choices_->buttons()) {
        choices_->removeButton(b);
        delete b;
    }
    prompt_->setText(textIn(question_.prompt, language_));
    for (size_t i = 0; i < question_.choices.size(); ++i) {
        auto* radio = new QRadioButton(textIn(question_.choices[i], language_));
        radio->setObjectName(QStringLiteral("quizChoice%1").arg(i));
        choices_->addButton(radio, int(i));
        choicesLayout_->addWidget(radio);
        if (answer_ && *answer_ == int(i)) radio->setChecked(true);
    }
}

bool QuizPanel::answerWith(int choice) {
    if (index_ < 0 || choice < 0 || choice >= int(question_.choices.size()) || answer_) return false;
    if (QAbstractButton* b = choices_->button(choice)) b->setChecked(true);
    answer_ = choice;
    showResult();
    emit answered(index_, choice, choice == question_.answer);
    return true;
}

void QuizPanel::showResult() {
    const bool done = answer_.has_value();
    for (QAbstractButton* b : choices_->buttons()) b->setEnabled(!done);
    checkButton_->setEnabled(!done && choices_->checkedId() >= 0);
    checkButton_->setVisible(!done);
    revealButton_->setVisible(done);
    retryButton_->setVisible(done);
    result_->setVisible(done);
    explanation_->setVisible(done);
    if (!done) return;
    const bool right = *answer_ == question_.answer;
    const QString correct = question_.answer >= 0 && question_.answer < int(question_.choices.size())
                                ? textIn(question_.choices[size_t(question_.answer)], language_)
                                : QString();
    result_->setText(right ? tr("✓ Right!") : tr("✗ Not quite. The answer is: %1").arg(correct));
    QPalette pal = result_->palette();
    pal.setColor(QPalette::WindowText, right ? kRight : kWrong);
    result_->setPalette(pal);
    explanation_->setText(textIn(question_.explanation, language_));
}

QString QuizPanel::resultText() const { return result_->isVisibleTo(this) ? result_->text() : QString(); }
QString QuizPanel::explanationText() const { return explanation_->isVisibleTo(this) ? explanation_->text() : QString(); }
QString QuizPanel::promptText() const { return prompt_->text(); }

void QuizPanel::retranslateUi() {
    switch (question_.kind) {
    case ls::lesson::QuestionKind::NextOutput: heading_->setText(tr("Predict: what prints next?")); break;
    case ls::lesson::QuestionKind::Duration: heading_->setText(tr("Predict: how long will this take?")); break;
    case ls::lesson::QuestionKind::NextTask: heading_->setText(tr("Predict: which task runs next?")); break;
    }
    checkButton_->setText(tr("Check"));
    checkButton_->setToolTip(tr("Check your answer, then watch the run"));
    revealButton_->setText(tr("Show the run"));
    retryButton_->setText(tr("Ask again"));
    retryButton_->setToolTip(tr("Forget your answer and answer once more"));
    if (answer_) showResult();
}

void QuizPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
