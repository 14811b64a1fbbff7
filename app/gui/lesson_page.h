// The lesson page above the editor: the lesson's title, a variant selector, the Compare
// switch, the narrative (Markdown) in the UI's language, the scenario parameters and the quiz.
#pragma once

#include <QString>
#include <QWidget>

#include <loopscope/lesson.h>

class QComboBox;
class QLabel;
class QScrollArea;
class QSplitter;
class QTextBrowser;
class QVBoxLayout;
class QToolButton;

namespace ls::gui {

class ParameterPanel;
class QuizPanel;

class LessonPage : public QWidget {
    Q_OBJECT

public:
    explicit LessonPage(QWidget* parent = nullptr);

    // Shows `lesson` (a copy is kept) with `variant` selected; an empty variant selects the first.
    void setLesson(const ls::lesson::Lesson& lesson, const QString& variant,
                   const ls::lesson::ParameterValues& values, const QString& language);
    void clearLesson();
    bool hasLesson() const { return hasLesson_; }
    const ls::lesson::Lesson& lesson() const { return lesson_; }

    QString currentVariant() const;
    // Selects a variant as the user would (emits variantChanged). False if there is none by that name.
    bool selectVariant(const QString& name);
    bool compareMode() const;
    void setCompareMode(bool on);
    // The variants compared: the lesson's compare list, else up to three of its variants.
    QStringList compareVariants() const;

    // Makes sure the quiz (when it shows a question) is in view.
    void revealQuiz();
    // Puts the quiz back on the page after the main window showed it elsewhere.
    void restoreQuiz();
    // Shows the parameters/quiz area only when it has something in it.
    void updateExtras();

    ParameterPanel* parameters() const { return parameters_; }
    QuizPanel* quiz() const { return quiz_; }
    QTextBrowser* narrative() const { return narrative_; }
    QComboBox* variantBox() const { return variants_; }
    QSplitter* splitter() const { return splitter_; }

signals:
    void variantChanged(const QString& name);
    void compareModeChanged(bool on);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ls::lesson::Lesson lesson_;
    bool hasLesson_ = false;
    QString language_;
    QLabel* title_;
    QLabel* variantLabel_;
    QComboBox* variants_;
    QToolButton* compare_;
    QTextBrowser* narrative_;
    QSplitter* splitter_;
    QScrollArea* scroll_;
    QVBoxLayout* extrasLayout_;
    ParameterPanel* parameters_;
    QuizPanel* quiz_;
};

}  // namespace ls::gui
