#include "lesson_progress.h"

#include <QSettings>

namespace ls::gui {
namespace {
const char kLastLessonKey[] = "lessons/last";
}

LessonProgress::LessonProgress(bool persistent) : persistent_(persistent) {}

QString LessonProgress::lessonKey(const QString& lessonId, const char* field) {
    // Ids are instructor-chosen; '/' would open a settings group, so it is escaped.
    QString id = lessonId;
    id.replace(QLatin1Char('%'), QStringLiteral("%25")).replace(QLatin1Char('/'), QStringLiteral("%2F"));
    return QStringLiteral("lessonProgress/%1/%2").arg(id, QLatin1String(field));
}

QVariant LessonProgress::value(const QString& key) const {
    if (!persistent_) return memory_.value(key);
    return QSettings().value(key);
}

void LessonProgress::setValue(const QString& key, const QVariant& value) {
    if (!persistent_) {
        memory_.insert(key, value);
        return;
    }
    QSettings().setValue(key, value);
}

LessonProgress::Status LessonProgress::status(const QString& lessonId) const {
    // Stored as text; anything else (a corrupt settings file) counts as not started.
    const QString s = value(lessonKey(lessonId, "status")).toString();
    if (s == QLatin1String("completed")) return Status::Completed;
    if (s == QLatin1String("opened")) return Status::Opened;
    return Status::NotStarted;
}

void LessonProgress::markOpened(const QString& lessonId) {
    if (status(lessonId) == Status::NotStarted) setValue(lessonKey(lessonId, "status"), QStringLiteral("opened"));
}

void LessonProgress::markCompleted(const QString& lessonId) {
    setValue(lessonKey(lessonId, "status"), QStringLiteral("completed"));
}

QString LessonProgress::lastVariant(const QString& lessonId) const {
    return value(lessonKey(lessonId, "variant")).toString();
}

void LessonProgress::setLastVariant(const QString& lessonId, const QString& variant) {
    setValue(lessonKey(lessonId, "variant"), variant);
}

std::optional<int> LessonProgress::answer(const QString& lessonId, int question) const {
    const QVariant v = value(lessonKey(lessonId, "answers") + QLatin1Char('/') + QString::number(question));
    bool ok = false;
    const int choice = v.toInt(&ok);
    if (!v.isValid() || !ok || choice < 0) return std::nullopt;
    return choice;
}

void LessonProgress::setAnswer(const QString& lessonId, int question, int choice) {
    setValue(lessonKey(lessonId, "answers") + QLatin1Char('/') + QString::number(question), choice);
}

void LessonProgress::clearAnswer(const QString& lessonId, int question) {
    const QString key = lessonKey(lessonId, "answers") + QLatin1Char('/') + QString::number(question);
    if (persistent_) QSettings().remove(key);
    else memory_.remove(key);
}

QString LessonProgress::lastLesson() const { return value(QLatin1String(kLastLessonKey)).toString(); }

void LessonProgress::setLastLesson(const QString& folder) { setValue(QLatin1String(kLastLessonKey), folder); }

}  // namespace ls::gui
