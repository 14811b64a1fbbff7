// libFuzzer target for the lesson loader: one input is a whole lesson folder. It is cut at the
// separator lines "%%%% NAME" into files (the part before the first one is lesson.yaml), e.g.
//   id: x ...            -> lesson.yaml
//   %%%% en.md           -> en.md, the English narrative
//   %%%% main.py         -> a program
// so the metadata, the Markdown narratives (read as UTF-8 text, never empty) and the programs
// (parameters are substituted into them) are all fuzzed together; tests/fuzz/make_seeds.py turns
// lessons/ into such inputs. load_lesson must return a lesson or positioned errors; a lesson that
// loads must give every variant's program source and run options.
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

#include <loopscope/lesson.h>

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSeparator = "\n%%%% ";

// A file name from the input: plain names only, so nothing is written outside the folder.
bool safe_name(std::string_view name) {
    if (name.empty() || name.size() > 64 || name == "." || name == "..") return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

void write_file(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const fs::path folder =
        fs::temp_directory_path() / ("loopscope-lesson-fuzz-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);

    const std::string_view input(reinterpret_cast<const char*>(data), size);
    size_t cut = input.find(kSeparator);
    write_file(folder / "lesson.yaml", input.substr(0, cut));
    while (cut != std::string_view::npos) {
        const size_t name_start = cut + kSeparator.size();
        const size_t name_end = input.find('\n', name_start);
        const std::string_view name = input.substr(name_start, name_end == std::string_view::npos ? std::string_view::npos : name_end - name_start);
        const size_t body_start = name_end == std::string_view::npos ? input.size() : name_end + 1;
        cut = input.find(kSeparator, body_start);
        if (safe_name(name) && name != "lesson.yaml")
            write_file(folder / std::string(name), input.substr(body_start, cut == std::string_view::npos ? std::string_view::npos : cut - body_start));
    }

    const ls::lesson::LessonLoad load = ls::lesson::load_lesson(folder);
    if (load.lesson.has_value() == !load.errors.empty()) std::abort();  // exactly one of the two
    for (const auto& error : load.errors)
        if (error.message.empty() || error.code.empty() || (error.line < 1 && error.column != 0)) std::abort();
    if (load.lesson) {
        if (load.lesson->narrative.en.empty() || load.lesson->narrative.zh_CN.empty()) std::abort();
        for (const auto& variant : load.lesson->variants) {
            ls::lesson::ParameterValues values;
            for (const auto& parameter : load.lesson->parameters) values[parameter.name] = parameter.max;
            (void)ls::lesson::program_source(*load.lesson, variant, values);
            (void)ls::lesson::run_options(*load.lesson, variant);
        }
    }
    return 0;
}
