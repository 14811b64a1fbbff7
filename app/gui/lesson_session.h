// The lesson being studied: which lesson and variant are open, the scenario's parameter values,
// the program text and engine options that follow from them, and the student's progress and
// quiz answers. Knows the lesson catalog; has no widgets (the main window shows it).
#pragma once

#include <optional>

#include <QObject>
#include <QString>
#include <QStringList>

#include <loopscope/lesson.h>

#include "lesson_catalog.h"
#include "lesson_progress.h"

namespace ls::gui {

class LessonSession : public QObject {
    Q_OBJECT

public:
    // `persistent`: progress and answers are remembered in QSettings (else only in memory).
    explicit LessonSession(bool persistent, QObject* parent = nullptr);

    LessonCatalog& catalog() { return catalog_; }
    LessonProgress& progress() { return progress_; }
    const LessonProgress& progress() const { return progress_; }

    // Opens the lesson in `folder` (loading its folder into the catalog if it is not there).
    // An empty `variant` takes the one last used, else the first. On failure returns false and
    // sets `error` (the lesson's errors as file:line:column, or why it was not found).
    bool open(const QString& folder, const QString& variant, QString* error);
    void close();
    bool isOpen() const { return lesson_.has_value(); }
    const ls::lesson::Lesson& lesson() const { return *lesson_; }
    QString folder() const { return folder_; }
    QString lessonId() const;

    QString variant() const { return variant_; }
    bool setVariant(const QString& name);
    const ls::lesson::Variant* currentVariant() const;
    QString variantLabel(const QString& name, const QString& language) const;

    const ls::lesson::ParameterValues& parameterValues() const { return values_; }
    void setParameterValues(const ls::lesson::ParameterValues& values) { values_ = values; }

    // The program of `variant` (default: the current one) with the current parameter values.
    QString programSource(const QString& variant = {}) const;
    ls::RunOptions runOptions(const QString& variant = {}) const;
    QString programFileName(const QString& variant = {}) const;
    // Identity for recovery copies of edits to this lesson's variant.
    QString documentKey() const;

    // The first question about the current variant that has no answer yet, else the last one
    // answered (shown as answered); -1 when the variant has no questions.
    int questionToShow() const;
    bool isAnswered(int question) const;

    // After a reload from disk: the same lesson again (now with the new text), if it still loads.
    bool reload(QString* error);

private:
    const ls::lesson::Variant* findVariant(const QString& name) const;

    LessonCatalog catalog_;
    LessonProgress progress_;
    std::optional<ls::lesson::Lesson> lesson_;  // a copy: the catalog's may be reloaded any time
    QString folder_;
    QString variant_;
    ls::lesson::ParameterValues values_;
};

}  // namespace ls::gui
