#include "lesson_session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ls::gui {

LessonSession::LessonSession(bool persistent, QObject* parent)
    : QObject(parent), progress_(persistent) {}

bool LessonSession::open(const QString& folder, const QString& variant, QString* error) {
    QString path = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(path).isFile()) path = QFileInfo(path).absolutePath();  // lesson.yaml given
    const ls::lesson::Lesson* found = catalog_.findLesson(path);
    if (!found) {
        // A lesson from elsewhere (the command line, File > Open Lesson Folder): its folder
        // joins the catalog, so it is watched and listed like the others.
        catalog_.addFolder(path);
        found = catalog_.findLesson(path);
    }
    if (!found) {
        if (error) {
            QStringList lines;
            for (const auto& e : catalog_.errorsFor(path)) lines << toQString(e.to_string());
            *error = lines.isEmpty() ? QCoreApplication::translate("LessonSession", "No lesson in %1")
                                           .arg(QDir::toNativeSeparators(path))
                                     : lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    lesson_ = *found;
    folder_ = QDir::cleanPath(toQString(found->folder));
    values_.clear();
    for (const auto& p : lesson_->parameters) values_[p.name] = p.default_value;
    QString chosen = variant.isEmpty() ? progress_.lastVariant(lessonId()) : variant;
    if (!findVariant(chosen)) {
        if (!variant.isEmpty() && error) {
            *error = QCoreApplication::translate("LessonSession", "The lesson has no variant '%1'").arg(variant);
        }
        if (!variant.isEmpty()) return false;
        chosen = lesson_->variants.empty() ? QString() : toQString(lesson_->variants.front().name);
    }
    variant_ = chosen;
    progress_.markOpened(lessonId());
    progress_.setLastLesson(folder_);
    progress_.setLastVariant(lessonId(), variant_);
    return true;
}

void LessonSession::close() {
    lesson_.reset();
    folder_.clear();
    variant_.clear();
    values_.clear();
}

bool LessonSession::reload(QString* error) {
    if (!lesson_) return false;
    const ls::lesson::Lesson* found = catalog_.findLesson(folder_);
    if (!found) {
        if (error) {
            QStringList lines;
            for (const auto& e : catalog_.errorsFor(folder_)) lines << toQString(e.to_string());
            *error = lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    const ls::lesson::ParameterValues kept = values_;
    lesson_ = *found;
    values_.clear();
    for (const auto& p : lesson_->parameters) {
        const auto old = kept.find(p.name);
        values_[p.name] = old != kept.end() ? std::clamp(old->second, p.min, p.max) : p.default_value;
    }
    if (!findVariant(variant_)) variant_ = lesson_->variants.empty() ? QString() : toQString(lesson_->variants.front().name);
    return true;
}

QString LessonSession::lessonId() const { return lesson_ ? toQString(lesson_->id) : QString(); }

const ls::lesson::Variant* LessonSession::findVariant(const QString& name) const {
    if (!lesson_ || name.isEmpty()) return nullptr;
    return lesson_->variant(name.toStdString());
}

bool LessonSession::setVariant(const QString& name) {
    if (!findVariant(name)) return false;
    variant_ = name;
    progress_.setLastVariant(lessonId(), variant_);
    return true;
}

const ls::lesson::Variant* LessonSession::currentVariant() const { return findVariant(variant_); }

QString LessonSession::variantLabel(const QString& name, const QString& language) const {
    const ls::lesson::Variant* v = findVariant(name);
    return v ? textIn(v->label, language) : name;
}

QString LessonSession::programSource(const QString& variant) const {
    const ls::lesson::Variant* v = findVariant(variant.isEmpty() ? variant_ : variant);
    if (!v) return {};
    return toQString(ls::lesson::program_source(*lesson_, *v, values_));
}

ls::RunOptions LessonSession::runOptions(const QString& variant) const {
    const ls::lesson::Variant* v = findVariant(variant.isEmpty() ? variant_ : variant);
    if (!v) return {};
    return ls::lesson::run_options(*lesson_, *v);
}

QString LessonSession::programFileName(const QString& variant) const {
    const ls::lesson::Variant* v = findVariant(variant.isEmpty() ? variant_ : variant);
    return v ? QFileInfo(toQString(v->program)).fileName() : QString();
}

QString LessonSession::documentKey() const {
    return QStringLiteral("lesson:%1#%2").arg(folder_, variant_);
}

int LessonSession::questionToShow() const {
    if (!lesson_) return -1;
    int lastAnswered = -1;
    for (size_t i = 0; i < lesson_->quiz.size(); ++i) {
        const ls::lesson::Question& q = lesson_->quiz[i];
        if (!q.variant.empty() && toQString(q.variant) != variant_) continue;
        if (!isAnswered(int(i))) return int(i);
        lastAnswered = int(i);
    }
    return lastAnswered;
}

bool LessonSession::isAnswered(int question) const {
    return progress_.answer(lessonId(), question).has_value();
}

}  // namespace ls::gui
