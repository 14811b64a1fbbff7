// load_library: a folder of lesson folders, optionally with pack.yaml naming the chapters.
#include <algorithm>
#include <set>

#include <loopscope/lesson.h>

#include "lesson_files.h"
#include "lesson_reader.h"
#include "suggest.h"
#include "yaml_fields.h"

namespace ls::lesson {

namespace fs = std::filesystem;

namespace {

// Reads pack.yaml's chapters into `library`; problems go to library.errors.
void read_pack(const fs::path& file, Library& library) {
    const TextFile text = read_lesson_text(file);
    if (text.problem) {
        // A whole-file problem (too large...) at the file's start, like the lesson reader's.
        const bool placed = text.problem->line > 0;
        library.errors.push_back({display_path(file), placed ? text.problem->line : 1, placed ? text.problem->column : 1,
                                  text.problem->code, text.problem->message});
        return;
    }
    YamlErrors errors(display_path(file), library.errors);
    errors.set_text(&*text.text);
    YAML::Node root;
    try {
        root = YAML::Load(*text.text);
    } catch (const YAML::DeepRecursion& e) {
        errors.at(e.mark, "yaml-syntax", "not valid YAML: nested too deeply (" + std::to_string(e.depth()) + " levels)");
        return;
    } catch (const YAML::Exception& e) {
        errors.at(e.mark, "yaml-syntax", "not valid YAML: " + e.msg);
        return;
    }
    const Fields top(errors, root, "pack.yaml", {"title", "chapters"});
    if (!top.is_map()) return;
    if (YAML::Node n = top.get("title"); n.IsDefined()) read_text(errors, n, "title");
    const YAML::Node chapters = top.require("chapters");
    if (!chapters.IsDefined() || !expect_sequence(errors, chapters, "chapters")) return;
    for (const YAML::Node& item : chapters) {
        const Fields fields(errors, item, "a chapter", {"id", "title"});
        if (!fields.is_map()) continue;
        Chapter chapter;
        const YAML::Node id = fields.require("id");
        const YAML::Node title = fields.require("title");
        auto id_text = id.IsDefined() ? read_string(errors, id, "id") : std::nullopt;
        auto title_text = title.IsDefined() ? read_text(errors, title, "title") : std::nullopt;
        if (!id_text || !title_text) continue;
        for (const Chapter& other : library.chapters)
            if (other.id == *id_text) errors.at(id, "duplicate-name", "there is already a chapter '" + *id_text + "'");
        library.chapters.push_back({*id_text, *title_text});
    }
}

}  // namespace

Library load_library(const fs::path& path) {
    Library library;
    std::error_code ec;
    if (is_lesson_path(path)) {
        LessonLoad load = load_lesson(path);
        library.errors = std::move(load.errors);
        if (load.lesson) {
            library.chapters.push_back({load.lesson->chapter, {load.lesson->chapter, load.lesson->chapter}});
            library.lessons.push_back(std::move(*load.lesson));
        }
        return library;
    }
    if (!fs::is_directory(path, ec)) {
        library.errors.push_back({display_path(path), 0, 0, "missing-file", "not a lesson folder or a folder of lessons"});
        return library;
    }
    const fs::path pack = path / "pack.yaml";
    const bool has_pack = fs::exists(pack, ec);
    if (has_pack) read_pack(pack, library);

    // Lesson folders in name order, so errors and unordered lessons come out the same everywhere.
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(path, ec))
        if (entry.is_directory(ec) && fs::exists(entry.path() / "lesson.yaml", ec)) folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());

    std::vector<std::string_view> chapter_ids;
    for (const Chapter& c : library.chapters) chapter_ids.push_back(c.id);
    std::set<std::string> seen_ids;
    for (const fs::path& folder : folders) {
        LessonLoad load = load_lesson(folder);
        for (auto& e : load.errors) library.errors.push_back(std::move(e));
        if (!load.lesson) continue;
        Lesson& lesson = *load.lesson;
        const std::string where = display_path(lesson.metadata_path);
        if (!seen_ids.insert(lesson.id).second) {
            library.errors.push_back({where, 1, 1, "duplicate-name", "another lesson already has the id '" + lesson.id + "'"});
            continue;
        }
        const bool known = std::find(chapter_ids.begin(), chapter_ids.end(), lesson.chapter) != chapter_ids.end();
        if (has_pack && !known) {
            library.errors.push_back({where, 1, 1, "unknown-chapter",
                                      "chapter '" + lesson.chapter + "' is not in pack.yaml" + did_you_mean(lesson.chapter, chapter_ids)});
            continue;
        }
        if (!has_pack && !known) {
            library.chapters.push_back({lesson.chapter, {lesson.chapter, lesson.chapter}});
            chapter_ids.clear();
            for (const Chapter& c : library.chapters) chapter_ids.push_back(c.id);
        }
        library.lessons.push_back(std::move(lesson));
    }
    auto chapter_index = [&](const std::string& id) {
        for (size_t i = 0; i < library.chapters.size(); ++i)
            if (library.chapters[i].id == id) return i;
        return library.chapters.size();
    };
    std::stable_sort(library.lessons.begin(), library.lessons.end(), [&](const Lesson& a, const Lesson& b) {
        const size_t ca = chapter_index(a.chapter), cb = chapter_index(b.chapter);
        if (ca != cb) return ca < cb;
        if (a.order != b.order) return a.order < b.order;
        return a.id < b.id;
    });
    return library;
}

}  // namespace ls::lesson
