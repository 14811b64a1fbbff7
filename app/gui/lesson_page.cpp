#include "lesson_page.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "lesson_catalog.h"
#include "parameter_panel.h"
#include "quiz_panel.h"

namespace ls::gui {
namespace {
constexpr int kMaxComparedRuns = 3;
}

LessonPage::LessonPage(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel),
      variantLabel_(new QLabel),
      variants_(new QComboBox),
      compare_(new QToolButton),
      narrative_(new QTextBrowser),
      parameters_(new ParameterPanel),
      quiz_(new QuizPanel) {
    setObjectName(QStringLiteral("lessonPage"));
    title_->setObjectName(QStringLiteral("lessonTitle"));
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    title_->setFont(big);
    title_->setWordWrap(true);
    variants_->setObjectName(QStringLiteral("variantBox"));
    variants_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    variants_->setMinimumContentsLength(16);
    variants_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    compare_->setObjectName(QStringLiteral("compareButton"));
    compare_->setCheckable(true);
    compare_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    narrative_->setObjectName(QStringLiteral("narrative"));
    narrative_->setOpenExternalLinks(true);

    auto* variantRow = new QHBoxLayout;
    variantRow->addWidget(variantLabel_);
    variantRow->addWidget(variants_, 1);
    variantRow->addWidget(compare_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(title_);
    layout->addLayout(variantRow);
    // The narrative keeps most of the room; parameters and the quiz scroll below it.
    auto* extras = new QWidget;
    auto* extrasLayout = extrasLayout_ = new QVBoxLayout(extras);
    extrasLayout->setContentsMargins(0, 0, 0, 0);
    extrasLayout->addWidget(quiz_);
    extrasLayout->addWidget(parameters_);
    extrasLayout->addStretch(1);
    scroll_ = new QScrollArea;
    auto* scroll = scroll_;
    scroll->setWidget(extras);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter_ = new QSplitter(Qt::Vertical);
    splitter_->setObjectName(QStringLiteral("lessonPageSplitter"));
    splitter_->addWidget(narrative_);
    splitter_->addWidget(scroll);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);
    splitter_->setChildrenCollapsible(false);
    layout->addWidget(splitter_, 1);

    connect(variants_, &QComboBox::currentIndexChanged, this, [this] { emit variantChanged(currentVariant()); });
    connect(compare_, &QToolButton::toggled, this, &LessonPage::compareModeChanged);
    retranslateUi();
}

void LessonPage::setLesson(const ls::lesson::Lesson& lesson, const QString& variant,
                           const ls::lesson::ParameterValues& values, const QString& language) {
    lesson_ = lesson;
    hasLesson_ = true;
    language_ = language;
    title_->setText(textIn(lesson.title, language));
    {
        const QSignalBlocker block(variants_);
        variants_->clear();
        for (const ls::lesson::Variant& v : lesson.variants) {
            variants_->addItem(textIn(v.label, language), toQString(v.name));
        }
        const int index = variants_->findData(variant);
        variants_->setCurrentIndex(index >= 0 ? index : 0);
    }
    variants_->setVisible(lesson.variants.size() > 1);
    variantLabel_->setVisible(lesson.variants.size() > 1);
    compare_->setVisible(lesson.variants.size() > 1);
    // Relative links and images in the narrative resolve against the lesson's folder.
    narrative_->document()->setBaseUrl(QUrl::fromLocalFile(toQString(lesson.folder) + QLatin1Char('/')));
    narrative_->setSearchPaths({toQString(lesson.folder)});
    narrative_->setMarkdown(textIn(lesson.narrative, language));
    parameters_->setParameters(lesson.parameters, values, language);
    updateExtras();
    show();
}

void LessonPage::updateExtras() {
    // No parameters and no question on the page: the narrative takes the room.
    const bool quizHere = extrasLayout_->indexOf(quiz_) >= 0 && quiz_->hasQuestion();
    scroll_->setVisible(parameters_->parameterCount() > 0 || quizHere);
}

void LessonPage::clearLesson() {
    hasLesson_ = false;
    lesson_ = {};
    quiz_->clearQuestion();
    parameters_->setParameters({}, {}, language_);
    hide();
}

void LessonPage::restoreQuiz() {
    if (extrasLayout_->indexOf(quiz_) < 0) extrasLayout_->insertWidget(0, quiz_);
    updateExtras();
}

void LessonPage::revealQuiz() {
    if (!quiz_->isVisibleTo(this)) return;
    // A question must be seen: give the lower part room for it if the narrative took it all.
    const QList<int> sizes = splitter_->sizes();
    const int wanted = quiz_->sizeHint().height() + 8;
    if (sizes.size() == 2 && sizes[1] < wanted && sizes[0] + sizes[1] > 2 * wanted) {
        splitter_->setSizes({sizes[0] + sizes[1] - wanted, wanted});
    }
    scroll_->ensureWidgetVisible(quiz_, 0, 0);
}

QString LessonPage::currentVariant() const { return variants_->currentData().toString(); }

bool LessonPage::selectVariant(const QString& name) {
    const int index = variants_->findData(name);
    if (index < 0) return false;
    variants_->setCurrentIndex(index);
    return true;
}

bool LessonPage::compareMode() const { return compare_->isChecked(); }

void LessonPage::setCompareMode(bool on) { compare_->setChecked(on && !compare_->isHidden()); }

QStringList LessonPage::compareVariants() const {
    QStringList out;
    for (const std::string& name : lesson_.compare) {
        if (lesson_.variant(name)) out << toQString(name);
    }
    if (out.isEmpty()) {
        for (const ls::lesson::Variant& v : lesson_.variants) out << toQString(v.name);
    }
    while (out.size() > kMaxComparedRuns) out.removeLast();
    return out;
}

void LessonPage::retranslateUi() {
    variantLabel_->setText(tr("Variant:"));
    variants_->setToolTip(tr("Which version of the program to run"));
    compare_->setText(tr("Compare"));
    compare_->setToolTip(tr("Run the variants side by side on one time axis"));
}

void LessonPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
