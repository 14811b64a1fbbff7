// What a student has done in each lesson, remembered across sessions in QSettings: opened or
// completed, the variant last chosen, and the answers given to its questions. The last lesson
// opened is remembered too, so the app reopens it.
#pragma once

#include <optional>

#include <QHash>
#include <QString>
#include <QVariant>

namespace ls::gui {

class LessonProgress {
public:
    enum class Status { NotStarted, Opened, Completed };

    // Not persistent: kept in memory only (one-shot runs such as --screenshot, tests).
    explicit LessonProgress(bool persistent);

    Status status(const QString& lessonId) const;
    // Only ever moves forward: a completed lesson stays completed when it is opened again.
    void markOpened(const QString& lessonId);
    void markCompleted(const QString& lessonId);

    QString lastVariant(const QString& lessonId) const;
    void setLastVariant(const QString& lessonId, const QString& variant);

    // The choice given to question `question` (index in the lesson's quiz), if any.
    std::optional<int> answer(const QString& lessonId, int question) const;
    void setAnswer(const QString& lessonId, int question, int choice);
    void clearAnswer(const QString& lessonId, int question);

    QString lastLesson() const;  // a folder path
    void setLastLesson(const QString& folder);

private:
    QVariant value(const QString& key) const;
    void setValue(const QString& key, const QVariant& value);
    static QString lessonKey(const QString& lessonId, const char* field);

    const bool persistent_;
    QHash<QString, QVariant> memory_;
};

}  // namespace ls::gui
