#include "lesson_reader.h"

#include <algorithm>
#include <cmath>

#include <loopscope/world.h>

#include "lesson_files.h"
#include "program_parameters.h"
#include "suggest.h"
#include "world_reader.h"
#include "yaml_fields.h"

namespace ls::lesson {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kQuestionKinds[] = {"next-output", "duration", "next-task"};
constexpr std::string_view kTimeUnits[] = {"seconds", "minutes"};

bool is_name(const std::string& text) {
    if (text.empty() || text.size() > 64) return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

bool is_python_identifier(const std::string& text) {
    if (text.empty() || (text[0] >= '0' && text[0] <= '9')) return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

// A program named like a module it may import shadows that module when CPython runs it
// (`concurrent.py` breaks `import asyncio`).
bool hides_a_module(const std::string& stem) {
    static const std::string_view modules[] = {
        "abc", "aiofiles", "aiohttp", "array", "ast", "asyncio", "bisect", "calendar", "code", "codecs",
        "collections", "concurrent", "contextlib", "copy", "csv", "dataclasses", "datetime", "decimal", "dis",
        "email", "enum", "errno", "fractions", "functools", "gc", "glob", "hashlib", "heapq", "http", "inspect",
        "io", "itertools", "json", "locale", "logging", "loopscope", "math", "multiprocessing", "numbers",
        "operator", "os", "pathlib", "pickle", "platform", "pprint", "queue", "random", "re", "secrets",
        "select", "selectors", "shutil", "signal", "socket", "ssl", "statistics", "string", "struct",
        "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "token", "tokenize", "traceback",
        "types", "typing", "urllib", "uuid", "warnings", "weakref", "zlib"};
    return std::find(std::begin(modules), std::end(modules), stem) != std::end(modules);
}

int count_lines(const std::string& text) {
    if (text.empty()) return 0;
    int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    return text.back() == '\n' ? lines : lines + 1;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// A lesson's own file that resolves outside its folder: a lesson handed out by a stranger must
// not show or run what else is on the student's disk.
std::string outside_message(const std::string& name) {
    return name + " is a symbolic link to a file outside the lesson folder: put the file itself in the folder";
}

class LessonReader {
public:
    LessonReader(const fs::path& folder, std::vector<LessonError>& errors)
        : folder_(folder), metadata_(folder / "lesson.yaml"), errors_(errors),
          yaml_(display_path(metadata_), errors) {}

    std::optional<Lesson> read();

private:
    void file_error(const fs::path& file, int line, int column, std::string code, std::string message) {
        errors_.push_back(LessonError{display_path(file), line, column, std::move(code), std::move(message)});
    }
    // A problem reading `file`: at its own position if it has one (invalid UTF-8), else at `from`.
    // `written` is the file's name as the lesson writes it (messages must not depend on where
    // the lesson folder is).
    void report_file_problem(const fs::path& file, const std::string& written, const FileProblem& problem,
                             const YAML::Node* from);

    void read_header(const Fields& top);
    void read_machine(const YAML::Node& node, MachineOverrides& into);
    void read_limits(const YAML::Node& node);
    void read_variants(const YAML::Node& node);
    void read_variant(const YAML::Node& node);
    void read_compare(const YAML::Node& node);
    void read_parameters(const YAML::Node& node);
    void read_scenarios(const YAML::Node& node);
    void read_questions(const YAML::Node& node);
    void read_narrative();
    void check_parameters_reach_programs();
    // Reports an unknown variant name at `node` with the closest known one.
    bool known_variant(const YAML::Node& node, const std::string& name, std::string_view context);

    // Where the text of a scalar begins: for a block scalar (`|`), its first content line.
    Position text_position(const YAML::Node& node) const;
    Position position(const YAML::Node& node) const { return yaml_.position(node.Mark()); }

    std::string yaml_text_;
    fs::path folder_;
    fs::path metadata_;
    std::vector<LessonError>& errors_;
    YamlErrors yaml_;
    Lesson lesson_;
    std::vector<YAML::Node> parameter_nodes_;  // parallel to lesson_.parameters
    bool unreadable_program_ = false;          // then "no program uses the parameter" may be wrong
};

void LessonReader::report_file_problem(const fs::path& file, const std::string& written, const FileProblem& problem,
                                       const YAML::Node* from) {
    if (problem.line > 0) {
        file_error(file, problem.line, problem.column, problem.code, problem.message);
    } else if (from) {
        yaml_.at(*from, problem.code, "'" + written + "': " + problem.message);
    } else {
        // A problem with the whole file (too large, not a regular file): at its start, so every
        // message has the file:line:column form that editors and CI annotations understand.
        file_error(file, 1, 1, problem.code, problem.message);
    }
}

Position LessonReader::text_position(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {};
    const size_t at = static_cast<size_t>(mark.pos);
    if (at >= yaml_text_.size() || (yaml_text_[at] != '|' && yaml_text_[at] != '>')) return position(node);
    // The content starts on the first non-blank line after the indicator.
    int line = mark.line + 1;
    size_t start = yaml_text_.find('\n', at);
    while (start != std::string::npos) {
        ++start;
        ++line;
        const size_t end = std::min(yaml_text_.find('\n', start), yaml_text_.size());
        const size_t first = yaml_text_.find_first_not_of(' ', start);
        if (first != std::string::npos && first < end && yaml_text_[first] != '\r')
            return Position{line, static_cast<int>(first - start) + 1};
        start = end < yaml_text_.size() ? end : std::string::npos;
    }
    return position(node);
}

std::optional<Lesson> LessonReader::read() {
    const size_t errors_before = errors_.size();
    lesson_.folder = folder_;
    lesson_.metadata_path = metadata_;

    if (!stays_inside(folder_, "lesson.yaml")) {
        file_error(metadata_, 1, 1, "path-escapes", outside_message("lesson.yaml"));
        return std::nullopt;
    }
    const TextFile metadata = read_lesson_text(metadata_);
    if (metadata.problem) {
        report_file_problem(metadata_, "lesson.yaml", *metadata.problem, nullptr);
        return std::nullopt;
    }
    yaml_text_ = *metadata.text;
    yaml_.set_text(&yaml_text_);
    YAML::Node root;
    try {
        root = YAML::Load(yaml_text_);
    } catch (const YAML::DeepRecursion& e) {
        yaml_.at(e.mark, "yaml-syntax", "not valid YAML: nested too deeply (" + std::to_string(e.depth()) + " levels)");
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        yaml_.at(e.mark, "yaml-syntax", "not valid YAML: " + e.msg);
        return std::nullopt;
    }
    const Fields top(yaml_, root, "lesson.yaml",
                     {"id", "chapter", "order", "title", "time_unit", "seed", "machine", "limits", "world",
                      "variants", "compare", "parameters", "scenarios", "quiz"});
    if (!top.is_map()) return std::nullopt;

    read_header(top);
    if (YAML::Node n = top.get("machine"); n.IsDefined()) {
        MachineOverrides machine;
        read_machine(n, machine);
        if (machine.cores) lesson_.machine.cores = *machine.cores;
        if (machine.gil) lesson_.machine.gil = *machine.gil;
        if (machine.switch_interval) lesson_.machine.switch_interval = *machine.switch_interval;
        if (machine.instructions_per_unit) lesson_.machine.instructions_per_unit = *machine.instructions_per_unit;
    }
    if (YAML::Node n = top.get("limits"); n.IsDefined()) read_limits(n);
    if (YAML::Node n = top.get("world"); n.IsDefined()) {
        lesson_.world_position = position(n);
        if (auto json = read_world(yaml_, n)) {
            // The engine's own check knows every rule of engine/WORLD.md; its position is in the
            // generated JSON, so the problem is reported at `world:`.
            if (auto problem = check_world(*json))
                yaml_.at(n, "world-invalid", "the world is not valid: " + problem->message);
            else
                lesson_.world_json = *json;
        }
    }
    read_variants(top.require("variants"));
    if (YAML::Node n = top.get("compare"); n.IsDefined()) read_compare(n);
    if (YAML::Node n = top.get("parameters"); n.IsDefined()) read_parameters(n);
    if (YAML::Node n = top.get("scenarios"); n.IsDefined()) read_scenarios(n);
    if (YAML::Node n = top.get("quiz"); n.IsDefined()) read_questions(n);
    read_narrative();
    check_parameters_reach_programs();

    if (errors_.size() != errors_before) return std::nullopt;
    return std::move(lesson_);
}

void LessonReader::read_header(const Fields& top) {
    if (YAML::Node n = top.require("id"); n.IsDefined()) {
        if (auto id = read_string(yaml_, n, "id")) {
            if (!is_name(*id))
                yaml_.at(n, "bad-value", "id '" + *id + "' must be lower-case letters, digits, '-' or '_'");
            lesson_.id = *id;
        }
    }
    if (YAML::Node n = top.require("chapter"); n.IsDefined()) {
        if (auto chapter = read_string(yaml_, n, "chapter")) {
            if (!is_name(*chapter))
                yaml_.at(n, "bad-value", "chapter '" + *chapter + "' must be lower-case letters, digits, '-' or '_'");
            lesson_.chapter = *chapter;
        }
    }
    if (YAML::Node n = top.require("order"); n.IsDefined()) {
        if (auto order = read_integer(yaml_, n, "order")) lesson_.order = static_cast<int>(*order);
    }
    if (YAML::Node n = top.require("title"); n.IsDefined()) {
        if (auto title = read_text(yaml_, n, "title")) lesson_.title = *title;
    }
    if (YAML::Node n = top.get("time_unit"); n.IsDefined()) {
        if (auto unit = read_string(yaml_, n, "time_unit")) {
            if (*unit == "seconds") lesson_.time_unit = TimeUnit::Seconds;
            else if (*unit == "minutes") lesson_.time_unit = TimeUnit::Minutes;
            else yaml_.at(n, "bad-value", "time_unit must be 'seconds' or 'minutes', not '" + *unit + "'" +
                                               did_you_mean(*unit, kTimeUnits));
        }
    }
    if (YAML::Node n = top.get("seed"); n.IsDefined()) {
        if (auto seed = read_integer(yaml_, n, "seed")) {
            if (*seed < 0) yaml_.at(n, "bad-value", "seed must not be negative");
            else lesson_.seed = static_cast<uint64_t>(*seed);
        }
    }
}

void LessonReader::read_machine(const YAML::Node& node, MachineOverrides& into) {
    const Fields fields(yaml_, node, "machine", {"cores", "gil", "switch_interval", "instructions_per_unit"});
    if (!fields.is_map()) return;
    if (YAML::Node n = fields.get("cores"); n.IsDefined()) {
        if (auto cores = read_integer(yaml_, n, "cores")) {
            if (*cores < 1 || *cores > 64) yaml_.at(n, "bad-value", "cores must be between 1 and 64");
            else into.cores = static_cast<int>(*cores);
        }
    }
    if (YAML::Node n = fields.get("gil"); n.IsDefined()) into.gil = read_bool(yaml_, n, "gil");
    if (YAML::Node n = fields.get("switch_interval"); n.IsDefined()) {
        if (auto v = read_number(yaml_, n, "switch_interval")) {
            if (*v <= 0) yaml_.at(n, "bad-value", "switch_interval must be greater than 0");
            else into.switch_interval = *v;
        }
    }
    if (YAML::Node n = fields.get("instructions_per_unit"); n.IsDefined()) {
        if (auto v = read_number(yaml_, n, "instructions_per_unit")) {
            if (*v < 0) yaml_.at(n, "bad-value", "instructions_per_unit must not be negative (0: instructions take no time)");
            else into.instructions_per_unit = *v;
        }
    }
}

void LessonReader::read_limits(const YAML::Node& node) {
    const Fields fields(yaml_, node, "limits", {"steps", "task_steps", "memory_mb", "virtual_time", "trace_events"});
    if (!fields.is_map()) return;
    RunLimits& limits = lesson_.limits;
    // Each budget is a positive count; 0 or less would stop every run before it starts.
    auto positive_integer = [&](const char* key, auto& into) {
        if (YAML::Node n = fields.get(key); n.IsDefined()) {
            if (auto v = read_integer(yaml_, n, key)) {
                if (*v < 1) yaml_.at(n, "bad-value", std::string(key) + " must be at least 1");
                else into = static_cast<std::remove_reference_t<decltype(into)>>(*v);
            }
        }
    };
    positive_integer("steps", limits.max_steps);
    positive_integer("task_steps", limits.max_steps_per_task_step);
    positive_integer("trace_events", limits.max_trace_events);
    uint64_t memory_mb = 0;
    positive_integer("memory_mb", memory_mb);
    if (memory_mb > (uint64_t{1} << 20)) yaml_.at(fields.get("memory_mb"), "bad-value", "memory_mb must be at most 1048576 (1 TB)");
    else if (memory_mb) limits.max_memory_bytes = memory_mb << 20;
    if (YAML::Node n = fields.get("virtual_time"); n.IsDefined()) {
        if (auto v = read_number(yaml_, n, "virtual_time")) {
            if (!(*v > 0)) yaml_.at(n, "bad-value", "virtual_time must be greater than 0 (in the lesson's time unit)");
            else limits.max_virtual_time = *v;
        }
    }
}

void LessonReader::read_variants(const YAML::Node& node) {
    if (!node.IsDefined() || !expect_sequence(yaml_, node, "variants")) return;
    if (node.size() == 0) yaml_.at(node, "missing-key", "variants must name at least one program");
    for (const YAML::Node& item : node) read_variant(item);
}

void LessonReader::read_variant(const YAML::Node& node) {
    const Fields fields(yaml_, node, "a variant",
                        {"name", "label", "program", "machine", "expected_output", "expected_stderr",
                         "expected_exit_status", "pending"});
    if (!fields.is_map()) return;
    Variant variant;
    if (YAML::Node n = fields.require("name"); n.IsDefined()) {
        if (auto name = read_string(yaml_, n, "name")) {
            variant.name = *name;
            if (!is_name(*name))
                yaml_.at(n, "bad-value", "variant name '" + *name + "' must be lower-case letters, digits, '-' or '_'");
            else if (lesson_.variant(*name))
                yaml_.at(n, "duplicate-name", "there is already a variant named '" + *name + "'");
        }
    }
    if (YAML::Node n = fields.require("label"); n.IsDefined()) {
        if (auto label = read_text(yaml_, n, "label")) variant.label = *label;
    }
    if (YAML::Node n = fields.get("machine"); n.IsDefined()) read_machine(n, variant.machine);
    if (YAML::Node n = fields.get("expected_output"); n.IsDefined()) {
        variant.expected_output = read_string(yaml_, n, "expected_output");
        variant.expected_output_position = text_position(n);
    }
    if (YAML::Node n = fields.get("expected_stderr"); n.IsDefined()) variant.expected_stderr = read_string(yaml_, n, "expected_stderr");
    if (YAML::Node n = fields.get("expected_exit_status"); n.IsDefined()) {
        if (auto status = read_integer(yaml_, n, "expected_exit_status")) {
            if (*status < 0 || *status > 255) yaml_.at(n, "bad-value", "expected_exit_status must be between 0 and 255");
            else variant.expected_exit_status = static_cast<int>(*status);
        }
    }
    if (YAML::Node n = fields.get("pending"); n.IsDefined()) {
        if (auto reason = read_string(yaml_, n, "pending")) {
            if (reason->empty()) yaml_.at(n, "bad-value", "pending must say why the output cannot be checked yet");
            variant.pending = *reason;
        }
    }
    if (YAML::Node n = fields.require("program"); n.IsDefined()) {
        variant.program_position = position(n);
        if (auto program = read_string(yaml_, n, "program")) {
            variant.program = *program;
            variant.program_path = folder_ / *program;
            if (!stays_inside(folder_, *program)) {
                unreadable_program_ = true;
                yaml_.at(n, "path-escapes", "program '" + *program +
                                                "' is outside the lesson folder (through '..', an absolute path or a symbolic link)");
            } else if (const std::string stem = fs::path(*program).stem().string(); hides_a_module(stem)) {
                yaml_.at(n, "bad-value", "program '" + *program + "' has the name of the module '" + stem +
                                             "', which it would hide from its own imports in CPython: rename it");
                unreadable_program_ = true;
            } else if (fs::path(*program).extension() != ".py") {
                yaml_.at(n, "bad-value", "program '" + *program + "' must be a .py file");
                unreadable_program_ = true;
            } else {
                const TextFile file = read_lesson_text(variant.program_path, FileContent::Program);
                if (file.problem) {
                    report_file_problem(variant.program_path, *program, *file.problem, &n);
                    unreadable_program_ = true;
                } else {
                    variant.source = *file.text;
                }
            }
        }
    }
    lesson_.variants.push_back(std::move(variant));
}

bool LessonReader::known_variant(const YAML::Node& node, const std::string& name, std::string_view context) {
    if (lesson_.variant(name)) return true;
    std::vector<std::string_view> names;
    for (const auto& v : lesson_.variants) names.push_back(v.name);
    std::vector<std::string> list(names.begin(), names.end());
    const std::string hint = did_you_mean(name, names);
    yaml_.at(node, "unknown-variant", std::string(context) + " names the variant '" + name +
                                          "', which does not exist" +
                                          (hint.empty() ? " (variants: " + join(list) + ")" : hint));
    return false;
}

void LessonReader::read_compare(const YAML::Node& node) {
    if (!expect_sequence(yaml_, node, "compare")) return;
    if (node.size() < 2) yaml_.at(node, "bad-value", "compare needs at least two variants");
    for (const YAML::Node& item : node) {
        auto name = read_string(yaml_, item, "a name in compare");
        if (!name || !known_variant(item, *name, "compare")) continue;
        if (std::find(lesson_.compare.begin(), lesson_.compare.end(), *name) != lesson_.compare.end())
            yaml_.at(item, "duplicate-name", "compare names '" + *name + "' twice");
        lesson_.compare.push_back(*name);
    }
}

void LessonReader::read_parameters(const YAML::Node& node) {
    if (!expect_sequence(yaml_, node, "parameters")) return;
    for (const YAML::Node& item : node) {
        const Fields fields(yaml_, item, "a parameter", {"name", "label", "default", "min", "max"});
        if (!fields.is_map()) continue;
        Parameter parameter;
        bool complete = true;
        const YAML::Node name_node = fields.require("name");
        if (name_node.IsDefined()) {
            if (auto name = read_string(yaml_, name_node, "name")) {
                parameter.name = *name;
                if (!is_python_identifier(*name))
                    yaml_.at(name_node, "bad-value", "parameter name '" + *name + "' must be a Python name (the constant it sets)");
                for (const auto& other : lesson_.parameters)
                    if (other.name == *name) yaml_.at(name_node, "duplicate-name", "there is already a parameter named '" + *name + "'");
            } else complete = false;
        } else complete = false;
        if (YAML::Node n = fields.require("label"); n.IsDefined()) {
            if (auto label = read_text(yaml_, n, "label")) parameter.label = *label;
        }
        std::optional<Number> values[3];
        const char* keys[3] = {"default", "min", "max"};
        for (int k = 0; k < 3; ++k) {
            if (YAML::Node n = fields.require(keys[k]); n.IsDefined()) values[k] = read_literal_number(yaml_, n, keys[k]);
            complete &= values[k].has_value();
        }
        if (complete) {
            parameter.default_value = values[0]->value;
            parameter.min = values[1]->value;
            parameter.max = values[2]->value;
            parameter.integer = values[0]->integer && values[1]->integer && values[2]->integer;
            if (parameter.min > parameter.max)
                yaml_.at(fields.get("min"), "bad-value", "min is greater than max");
            else if (parameter.default_value < parameter.min || parameter.default_value > parameter.max)
                yaml_.at(fields.get("default"), "bad-value", "default " + python_number(parameter.default_value, parameter.integer) +
                                                                 " is outside min..max");
            lesson_.parameters.push_back(parameter);
            parameter_nodes_.push_back(name_node);
        }
    }
}

void LessonReader::read_scenarios(const YAML::Node& node) {
    if (!expect_sequence(yaml_, node, "scenarios")) return;
    std::vector<std::string_view> parameter_names;
    for (const auto& p : lesson_.parameters) parameter_names.push_back(p.name);
    for (const YAML::Node& item : node) {
        const Fields fields(yaml_, item, "a scenario", {"name", "label", "values", "expected_output"});
        if (!fields.is_map()) continue;
        Scenario scenario;
        if (YAML::Node n = fields.require("name"); n.IsDefined()) {
            if (auto name = read_string(yaml_, n, "name")) {
                scenario.name = *name;
                if (!is_name(*name)) yaml_.at(n, "bad-value", "scenario name '" + *name + "' must be lower-case letters, digits, '-' or '_'");
                for (const auto& other : lesson_.scenarios)
                    if (other.name == *name) yaml_.at(n, "duplicate-name", "there is already a scenario named '" + *name + "'");
            }
        }
        if (YAML::Node n = fields.require("label"); n.IsDefined()) {
            if (auto label = read_text(yaml_, n, "label")) scenario.label = *label;
        }
        if (YAML::Node values = fields.require("values"); values.IsDefined()) {
            if (!values.IsMap()) {
                yaml_.at(values, "bad-type", "values must map parameter names to numbers");
            } else {
                for (auto it = values.begin(); it != values.end(); ++it) {
                    auto name = read_string(yaml_, it->first, "a parameter name");
                    if (!name) continue;
                    auto p = std::find_if(lesson_.parameters.begin(), lesson_.parameters.end(),
                                          [&](const Parameter& q) { return q.name == *name; });
                    if (p == lesson_.parameters.end()) {
                        yaml_.at(it->first, "unknown-parameter", "there is no parameter '" + *name + "'" +
                                                                     did_you_mean(*name, parameter_names));
                        continue;
                    }
                    auto value = read_number(yaml_, it->second, "a parameter value");
                    if (!value) continue;
                    if (*value < p->min || *value > p->max)
                        yaml_.at(it->second, "bad-value", *name + " must be between " + python_number(p->min, p->integer) +
                                                              " and " + python_number(p->max, p->integer));
                    else if (p->integer && std::floor(*value) != *value)
                        yaml_.at(it->second, "bad-value", *name + " takes whole numbers");
                    scenario.values[*name] = *value;
                }
            }
        }
        if (YAML::Node outputs = fields.get("expected_output"); outputs.IsDefined()) {
            if (!outputs.IsMap()) {
                yaml_.at(outputs, "bad-type", "a scenario's expected_output must map variant names to their output");
            } else {
                for (auto it = outputs.begin(); it != outputs.end(); ++it) {
                    auto name = read_string(yaml_, it->first, "a variant name");
                    if (!name || !known_variant(it->first, *name, "the scenario's expected_output")) continue;
                    if (auto text = read_string(yaml_, it->second, "expected_output")) {
                        scenario.expected_output[*name] = *text;
                        scenario.expected_output_position[*name] = text_position(it->second);
                    }
                }
            }
        }
        lesson_.scenarios.push_back(std::move(scenario));
    }
}

void LessonReader::read_questions(const YAML::Node& node) {
    if (!expect_sequence(yaml_, node, "quiz")) return;
    for (const YAML::Node& item : node) {
        const Fields fields(yaml_, item, "a quiz question",
                            {"kind", "variant", "line", "prompt", "choices", "answer", "explanation"});
        if (!fields.is_map()) continue;
        Question question;
        question.position = position(item);
        if (YAML::Node n = fields.require("kind"); n.IsDefined()) {
            if (auto kind = read_string(yaml_, n, "kind")) {
                if (*kind == "next-output") question.kind = QuestionKind::NextOutput;
                else if (*kind == "duration") question.kind = QuestionKind::Duration;
                else if (*kind == "next-task") question.kind = QuestionKind::NextTask;
                else yaml_.at(n, "bad-value", "unknown question kind '" + *kind + "'" +
                                                  [&] {
                                                      std::string hint = did_you_mean(*kind, kQuestionKinds);
                                                      return hint.empty() ? std::string(" (kinds: next-output, duration, next-task)") : hint;
                                                  }());
            }
        }
        const Variant* variant = nullptr;
        if (YAML::Node n = fields.require("variant"); n.IsDefined()) {
            if (auto name = read_string(yaml_, n, "variant")) {
                question.variant = *name;
                if (known_variant(n, *name, "the question")) variant = lesson_.variant(*name);
            }
        }
        const bool needs_line = question.kind != QuestionKind::Duration;
        if (YAML::Node n = needs_line ? fields.require("line") : fields.get("line"); n.IsDefined()) {
            if (auto line = read_integer(yaml_, n, "line")) {
                question.line = static_cast<int>(*line);
                const int lines = variant ? count_lines(variant->source) : 0;
                if (*line < 1 || (variant && !variant->source.empty() && *line > lines))
                    yaml_.at(n, "bad-value", "line " + std::to_string(*line) + " is not a line of '" +
                                                 (variant ? variant->program : question.variant) + "'" +
                                                 (variant && lines > 0 ? " (it has " + std::to_string(lines) + " lines)" : ""));
            }
        }
        if (YAML::Node n = fields.require("prompt"); n.IsDefined()) {
            if (auto prompt = read_text(yaml_, n, "prompt")) question.prompt = *prompt;
        }
        if (YAML::Node n = fields.require("explanation"); n.IsDefined()) {
            if (auto explanation = read_text(yaml_, n, "explanation")) question.explanation = *explanation;
        }
        const YAML::Node choices = fields.require("choices");
        if (choices.IsDefined() && expect_sequence(yaml_, choices, "choices")) {
            if (choices.size() < 2) yaml_.at(choices, "bad-value", "a question needs at least two choices");
            for (const YAML::Node& choice : choices) {
                auto text = read_text(yaml_, choice, "a choice", /*plain_allowed=*/true);
                if (!text) continue;
                for (const auto& other : question.choices)
                    if (other.en == text->en) yaml_.at(choice, "duplicate-name", "the choice '" + text->en + "' appears twice");
                question.choices.push_back(*text);
            }
        }
        if (YAML::Node n = fields.require("answer"); n.IsDefined()) {
            question.answer_position = position(n);
            if (auto answer = read_string(yaml_, n, "answer")) {
                auto found = std::find_if(question.choices.begin(), question.choices.end(),
                                          [&](const Text& c) { return c.en == *answer; });
                if (found != question.choices.end()) {
                    question.answer = static_cast<int>(found - question.choices.begin());
                } else if (!question.choices.empty()) {
                    std::vector<std::string> list;
                    for (const auto& c : question.choices) list.push_back("'" + c.en + "'");
                    yaml_.at(n, "answer-not-a-choice", "the answer '" + *answer + "' is not one of the choices (" + join(list) + ")");
                }
            }
        }
        lesson_.quiz.push_back(std::move(question));
    }
}

void LessonReader::read_narrative() {
    for (std::string_view language : kLanguages) {
        const fs::path file = folder_ / (std::string(language) + ".md");
        if (!stays_inside(folder_, file.filename().string())) {
            file_error(file, 1, 1, "path-escapes", outside_message(file.filename().string()));
            continue;
        }
        const TextFile text = read_lesson_text(file);
        if (text.problem) {
            if (text.problem->code == "missing-file") {
                file_error(metadata_, 1, 1, "missing-translation",
                           "the narrative in " + std::string(language == "en" ? "English" : "Chinese") + " is missing: create " +
                               file.filename().string() + " beside lesson.yaml (missing translation)");
            } else {
                report_file_problem(file, file.filename().string(), *text.problem, nullptr);
            }
            continue;
        }
        if (text.text->find_first_not_of(" \t\r\n") == std::string::npos) {
            file_error(file, 1, 1, "missing-translation", "the narrative is empty (missing translation)");
            continue;
        }
        (language == "en" ? lesson_.narrative.en : lesson_.narrative.zh_CN) = *text.text;
    }
}

void LessonReader::check_parameters_reach_programs() {
    for (size_t i = 0; i < lesson_.parameters.size(); ++i) {
        const Parameter& parameter = lesson_.parameters[i];
        bool used = false;
        for (const Variant& variant : lesson_.variants) {
            if (variant.source.empty()) continue;
            auto constant = find_constant(variant.source, parameter.name);
            if (!constant) continue;
            used = true;
            if (constant->value != parameter.default_value)
                file_error(variant.program_path, constant->line, constant->column, "parameter-default",
                           parameter.name + " is " + variant.source.substr(constant->offset, constant->length) +
                               " here but the parameter's default is " +
                               python_number(parameter.default_value, parameter.integer) +
                               " (programs are written with the defaults; expected outputs are for them)");
        }
        const bool any_source = std::any_of(lesson_.variants.begin(), lesson_.variants.end(),
                                            [](const Variant& v) { return !v.source.empty(); });
        if (!used && any_source && !unreadable_program_)
            yaml_.at(parameter_nodes_[i], "unused-parameter",
                     "no program has the line '" + parameter.name + " = <number>' that this parameter sets");
    }
}

}  // namespace

std::optional<Lesson> read_lesson_folder(const fs::path& folder, std::vector<LessonError>& errors) {
    LessonReader reader(folder, errors);
    return reader.read();
}

}  // namespace ls::lesson
