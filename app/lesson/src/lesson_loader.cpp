// load_lesson and the small helpers every caller of the Lesson model needs.
#include <loopscope/lesson.h>

#include "lesson_files.h"
#include "lesson_reader.h"
#include "program_parameters.h"

namespace ls::lesson {

namespace fs = std::filesystem;

std::string LessonError::to_string() const {
    if (line <= 0) return file + ": " + message;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

const Variant* Lesson::variant(std::string_view name) const {
    for (const Variant& v : variants)
        if (v.name == name) return &v;
    return nullptr;
}

std::vector<fs::path> Lesson::files() const {
    std::vector<fs::path> result{metadata_path};
    for (std::string_view language : kLanguages) result.push_back(folder / (std::string(language) + ".md"));
    for (const Variant& v : variants) result.push_back(v.program_path);
    return result;
}

bool is_lesson_path(const fs::path& path) {
    std::error_code ec;
    if (path.filename() == "lesson.yaml") return true;
    return fs::is_directory(path, ec) && fs::exists(path / "lesson.yaml", ec);
}

LessonLoad load_lesson(const fs::path& path) {
    const fs::path folder = path.filename() == "lesson.yaml" ? path.parent_path() : path;
    LessonLoad load;
    std::error_code ec;
    if (!fs::is_directory(folder.empty() ? fs::path(".") : folder, ec)) {
        load.errors.push_back({display_path(path), 0, 0, "missing-file", "no such lesson folder"});
        return load;
    }
    load.lesson = read_lesson_folder(folder.empty() ? fs::path(".") : folder, load.errors);
    if (!load.errors.empty()) load.lesson.reset();
    return load;
}

std::string program_source(const Lesson& lesson, const Variant& variant, const ParameterValues& values) {
    std::string source = variant.source;
    for (const Parameter& parameter : lesson.parameters) {
        auto chosen = values.find(parameter.name);
        if (chosen == values.end() || chosen->second == parameter.default_value) continue;
        source = with_constant(source, parameter.name, chosen->second, parameter.integer);
    }
    return source;
}

RunOptions run_options(const Lesson& lesson, const Variant& variant) {
    RunOptions options;
    options.filename = fs::path(variant.program).filename().string();
    options.seed = lesson.seed;
    options.limits = lesson.limits;
    options.machine = lesson.machine;
    if (variant.machine.cores) options.machine.cores = *variant.machine.cores;
    if (variant.machine.gil) options.machine.gil = *variant.machine.gil;
    if (variant.machine.switch_interval) options.machine.switch_interval = *variant.machine.switch_interval;
    if (variant.machine.instructions_per_unit) options.machine.instructions_per_unit = *variant.machine.instructions_per_unit;
    options.time_unit = lesson.time_unit;
    options.world_json = lesson.world_json;
    return options;
}

}  // namespace ls::lesson
