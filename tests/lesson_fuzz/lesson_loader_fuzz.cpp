// libFuzzer target for the lesson loader: the input becomes lesson.yaml in a lesson folder that
// also holds narratives and two programs, and load_lesson must return (a lesson or errors)
// without crashing, hanging or reporting an error without a position. Build it with
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DLOOPSCOPE_FUZZ=ON
//   cmake --build build-fuzz --target lesson_loader_fuzz
//   build-fuzz/tests/lesson_fuzz/lesson_loader_fuzz tests/lessons/good/basic -max_total_time=60
// (the good lesson's folder seeds the corpus with its lesson.yaml).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include <loopscope/lesson.h>

namespace fs = std::filesystem;

namespace {

fs::path make_folder() {
    const fs::path folder = fs::temp_directory_path() / ("loopscope-lesson-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    std::ofstream(folder / "en.md") << "# Lesson\n";
    std::ofstream(folder / "zh_CN.md") << "# 课程\n";
    std::ofstream(folder / "main.py") << "import asyncio\nWAIT = 1\nprint('hello')\n";
    std::ofstream(folder / "other.py") << "print('other')\n";
    return folder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const fs::path folder = make_folder();
    {
        std::ofstream out(folder / "lesson.yaml", std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    const ls::lesson::LessonLoad load = ls::lesson::load_lesson(folder);
    if (load.lesson.has_value() == !load.errors.empty()) std::abort();  // exactly one of the two
    for (const auto& error : load.errors)
        if (error.message.empty() || (error.line < 1 && error.code != "missing-file")) std::abort();
    if (load.lesson) {
        for (const auto& variant : load.lesson->variants)
            (void)ls::lesson::program_source(*load.lesson, variant, {{"WAIT", 3}});
    }
    return 0;
}
