// The loader on a good lesson, on libraries with a broken lesson among good ones, and on the
// cases that need a file system setup (symbolic links, huge files) rather than a fixture.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <loopscope/lesson.h>
#include <loopscope/lesson_check.h>

#include "lesson_files.h"

namespace fs = std::filesystem;
using namespace ls::lesson;

namespace {

const fs::path kCases = LOOPSCOPE_LESSON_CASES_DIR;
const fs::path kGood = kCases / "good" / "basic";

// A fresh folder under the test's temporary directory, removed afterwards.
class TempFolder {
public:
    explicit TempFolder(const std::string& name)
        : path_(fs::temp_directory_path() / ("loopscope-lessons-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempFolder() { fs::remove_all(path_); }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void copy_good_lesson(const fs::path& to) {
    fs::create_directories(to);
    for (const auto& entry : fs::directory_iterator(kGood)) fs::copy_file(entry.path(), to / entry.path().filename(), fs::copy_options::overwrite_existing);
}

}  // namespace

TEST(LessonLoader, GoodLessonLoadsEveryField) {
    const LessonLoad load = load_lesson(kGood);
    ASSERT_TRUE(load.errors.empty()) << load.errors.front().to_string();
    ASSERT_TRUE(load.lesson);
    const Lesson& lesson = *load.lesson;
    EXPECT_EQ(lesson.id, "basic");
    EXPECT_EQ(lesson.chapter, "basics");
    EXPECT_EQ(lesson.order, 1);
    EXPECT_EQ(lesson.title.en, "A small lesson");
    EXPECT_EQ(lesson.title.zh_CN, "一节小课");
    EXPECT_EQ(lesson.title.in("zh_CN"), "一节小课");
    EXPECT_EQ(lesson.title.in("fr"), "A small lesson");
    EXPECT_EQ(lesson.narrative.zh_CN, "# 一节小课\n\n你好。\n");
    ASSERT_EQ(lesson.variants.size(), 2u);
    const Variant& main = lesson.variants[0];
    EXPECT_EQ(main.name, "main");
    EXPECT_EQ(main.label.zh_CN, "主程序");
    EXPECT_EQ(main.program, "main.py");
    EXPECT_EQ(main.source, read(kGood / "main.py"));
    EXPECT_EQ(main.expected_output, "hello\n1\n");
    // The block scalar's text starts on the line after `expected_output: |`, indented 6.
    EXPECT_EQ(main.expected_output_position.line, 13);
    EXPECT_EQ(main.expected_output_position.column, 7);
    EXPECT_EQ(main.program_position.line, 11);
    EXPECT_EQ(lesson.compare, (std::vector<std::string>{"main", "other"}));
    ASSERT_EQ(lesson.parameters.size(), 1u);
    EXPECT_EQ(lesson.parameters[0].name, "WAIT");
    EXPECT_TRUE(lesson.parameters[0].integer);
    EXPECT_EQ(lesson.parameters[0].max, 5);
    ASSERT_EQ(lesson.scenarios.size(), 1u);
    EXPECT_EQ(lesson.scenarios[0].values.at("WAIT"), 3);
    EXPECT_EQ(lesson.scenarios[0].expected_output.at("main"), "hello\n3\n");
    ASSERT_EQ(lesson.quiz.size(), 2u);
    EXPECT_EQ(lesson.quiz[0].kind, QuestionKind::NextOutput);
    EXPECT_EQ(lesson.quiz[0].line, 5);
    EXPECT_EQ(lesson.quiz[0].answer, 0);
    EXPECT_EQ(lesson.quiz[1].kind, QuestionKind::Duration);
    EXPECT_EQ(lesson.quiz[1].answer, 1);
    EXPECT_EQ(lesson.quiz[1].choices[1].zh_CN, "1");  // a plain choice is the same in both languages
    EXPECT_EQ(lesson.files().size(), 5u);
}

TEST(LessonLoader, LessonYamlPathLoadsItsFolder) {
    EXPECT_TRUE(load_lesson(kGood / "lesson.yaml").lesson.has_value());
    EXPECT_TRUE(is_lesson_path(kGood));
    EXPECT_TRUE(is_lesson_path(kGood / "lesson.yaml"));
    EXPECT_FALSE(is_lesson_path(kCases / "good"));
}

TEST(LessonLoader, MissingFolderIsAnError) {
    const LessonLoad load = load_lesson(kCases / "no-such-lesson");
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].code, "missing-file");
}

TEST(LessonLoader, ProgramSourceSubstitutesParameters) {
    const Lesson lesson = *load_lesson(kGood).lesson;
    const Variant& main = *lesson.variant("main");
    EXPECT_EQ(program_source(lesson, main), main.source);
    const std::string changed = program_source(lesson, main, {{"WAIT", 4}});
    EXPECT_NE(changed.find("\nWAIT = 4\n"), std::string::npos);
    EXPECT_EQ(std::count(changed.begin(), changed.end(), '\n'), std::count(main.source.begin(), main.source.end(), '\n'));
}

TEST(LessonLoader, RunOptionsComeFromTheLesson) {
    TempFolder folder("machine");
    copy_good_lesson(folder.path());
    std::string yaml = read(folder.path() / "lesson.yaml");
    yaml.replace(yaml.find("time_unit: seconds"), 18,
                 "time_unit: minutes\nseed: 7\nmachine: {cores: 4, gil: false, switch_interval: 0.01, instructions_per_unit: 1000}\n"
                 "world:\n  urls:\n    https://example.com/: {latency: 1.5, status: 200, body: hi}\n  files:\n    notes.txt: hello");
    yaml.replace(yaml.find("    program: other.py\n"), 22, "    program: other.py\n    machine: {cores: 1}\n");
    write(folder.path() / "lesson.yaml", yaml);
    const LessonLoad load = load_lesson(folder.path());
    ASSERT_TRUE(load.lesson) << load.errors.front().to_string();
    const ls::RunOptions main = run_options(*load.lesson, *load.lesson->variant("main"));
    EXPECT_EQ(main.filename, "main.py");
    EXPECT_EQ(main.seed, 7u);
    EXPECT_EQ(main.time_unit, ls::TimeUnit::Minutes);
    EXPECT_EQ(main.machine.cores, 4);
    EXPECT_FALSE(main.machine.gil);
    EXPECT_EQ(main.machine.switch_interval, 0.01);
    EXPECT_EQ(main.machine.instructions_per_unit, 1000);
    EXPECT_EQ(main.world_json,
              R"({"urls":{"https://example.com/":{"latency":1.5,"status":200,"body":"hi"}},"files":{"notes.txt":"hello"}})");
    EXPECT_EQ(run_options(*load.lesson, *load.lesson->variant("other")).machine.cores, 1);
}

TEST(LessonLoader, SymbolicLinkOutOfTheFolderIsRefused) {
    TempFolder folder("symlink");
    copy_good_lesson(folder.path() / "lesson");
    write(folder.path() / "secret.py", "print('outside')\n");
    fs::remove(folder.path() / "lesson" / "other.py");
    fs::create_symlink(folder.path() / "secret.py", folder.path() / "lesson" / "other.py");
    const LessonLoad load = load_lesson(folder.path() / "lesson");
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].code, "path-escapes");
    EXPECT_EQ(load.errors[0].line, 17);  // at `program: other.py`
    EXPECT_EQ(load.errors[0].column, 14);
    EXPECT_NE(load.errors[0].message.find("symbolic link"), std::string::npos);
}

TEST(LessonLoader, SymbolicLinkInsideTheFolderIsFine) {
    TempFolder folder("symlink-inside");
    copy_good_lesson(folder.path());
    fs::rename(folder.path() / "other.py", folder.path() / "real.py");
    fs::create_symlink("real.py", folder.path() / "other.py");
    EXPECT_TRUE(load_lesson(folder.path()).lesson.has_value());
}

TEST(LessonLoader, HugeFileIsRefused) {
    TempFolder folder("huge");
    copy_good_lesson(folder.path());
    write(folder.path() / "other.py", "# " + std::string(kMaxLessonFileBytes, 'x') + "\nprint('other')\n");
    const LessonLoad load = load_lesson(folder.path());
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].code, "file-too-large");
    EXPECT_EQ(load.errors[0].line, 17);  // at `program: other.py`
}

TEST(LessonLibrary, BrokenLessonDoesNotStopTheOthers) {
    TempFolder folder("library");
    copy_good_lesson(folder.path() / "b-good");
    copy_good_lesson(folder.path() / "a-broken");
    write(folder.path() / "a-broken" / "lesson.yaml", "id: [oops\n");
    std::string yaml = read(folder.path() / "b-good" / "lesson.yaml");
    copy_good_lesson(folder.path() / "c-second");
    yaml.replace(0, 9, "id: second");
    yaml.replace(yaml.find("order: 1"), 8, "order: 0");
    write(folder.path() / "c-second" / "lesson.yaml", yaml);
    const Library library = load_library(folder.path());
    ASSERT_EQ(library.errors.size(), 1u);
    EXPECT_EQ(library.errors[0].code, "yaml-syntax");
    ASSERT_EQ(library.lessons.size(), 2u);
    EXPECT_EQ(library.lessons[0].id, "second");  // order 0 before order 1
    EXPECT_EQ(library.lessons[1].id, "basic");
    ASSERT_EQ(library.chapters.size(), 1u);
}

TEST(LessonLibrary, PackOrdersChaptersAndRejectsUnknownOnes) {
    TempFolder folder("pack");
    write(folder.path() / "pack.yaml",
          "title: {en: Course, zh_CN: 课程}\nchapters:\n  - id: intro\n    title: {en: Intro, zh_CN: 入门}\n"
          "  - id: basics\n    title: {en: Basics, zh_CN: 基础}\n");
    copy_good_lesson(folder.path() / "one");
    copy_good_lesson(folder.path() / "two");
    std::string yaml = read(folder.path() / "two" / "lesson.yaml");
    yaml.replace(0, 9, "id: other");
    yaml.replace(yaml.find("chapter: basics"), 15, "chapter: intor");
    write(folder.path() / "two" / "lesson.yaml", yaml);
    const Library library = load_library(folder.path());
    ASSERT_EQ(library.chapters.size(), 2u);
    EXPECT_EQ(library.chapters[0].id, "intro");
    EXPECT_EQ(library.chapters[1].title.zh_CN, "基础");
    ASSERT_EQ(library.lessons.size(), 1u);
    ASSERT_EQ(library.errors.size(), 1u);
    EXPECT_EQ(library.errors[0].message, "chapter 'intor' is not in pack.yaml (did you mean 'intro'?)");
}

TEST(LessonLibrary, DuplicateIdIsAnError) {
    TempFolder folder("duplicate");
    copy_good_lesson(folder.path() / "one");
    copy_good_lesson(folder.path() / "two");
    const Library library = load_library(folder.path());
    EXPECT_EQ(library.lessons.size(), 1u);
    ASSERT_EQ(library.errors.size(), 1u);
    EXPECT_EQ(library.errors[0].code, "duplicate-name");
}

TEST(LessonCheck, GoodLessonPasses) {
    const CheckReport report = check_paths({kGood});
    for (const auto& e : report.errors) ADD_FAILURE() << e.to_string();
    EXPECT_EQ(report.lessons, 1);
    EXPECT_EQ(report.programs_run, 3);      // two variants, one scenario
    EXPECT_EQ(report.outputs_compared, 3);
    EXPECT_EQ(report.questions, 2);
}

TEST(LessonCheck, EmptyFolderHasNoLessons) {
    TempFolder folder("empty");
    const CheckReport report = check_paths({folder.path()});
    ASSERT_EQ(report.errors.size(), 1u);
    EXPECT_EQ(report.errors[0].code, "no-lessons");
}

// Bad input is normal input: every truncation of a good lesson.yaml, and every line with a
// stray YAML indicator, loads without crashing and either succeeds or says where it went wrong.
TEST(LessonLoader, DamagedMetadataNeverCrashesAndIsPositioned) {
    TempFolder folder("damaged");
    copy_good_lesson(folder.path());
    const std::string good = read(folder.path() / "lesson.yaml");
    std::vector<std::string> damaged;
    for (size_t cut = 0; cut < good.size(); cut += 7) damaged.push_back(good.substr(0, cut));
    for (size_t at = 0; at < good.size(); at += 11) {
        for (char c : {':', '[', '{', '-', '&', '*', '\t', '"'}) {
            std::string text = good;
            text[at] = c;
            damaged.push_back(text);
        }
    }
    int failed = 0;
    for (const std::string& text : damaged) {
        write(folder.path() / "lesson.yaml", text);
        const LessonLoad load = load_lesson(folder.path());
        EXPECT_EQ(load.lesson.has_value(), load.errors.empty());
        for (const LessonError& e : load.errors) {
            EXPECT_FALSE(e.message.empty());
            if (e.code != "missing-file") {
                EXPECT_GE(e.line, 1) << e.to_string();
            }
        }
        failed += !load.lesson;
    }
    EXPECT_GT(failed, static_cast<int>(damaged.size()) / 2);  // most damage is noticed
}

// A 50 MB file is refused from its size alone: no reading, no parsing, no memory. (Sparse, so
// the test writes nothing either.)
TEST(LessonLoader, HugeMetadataOrNarrativeIsRefusedAtOnce) {
    for (const char* name : {"lesson.yaml", "en.md"}) {
        TempFolder folder("huge-text");
        copy_good_lesson(folder.path());
        fs::resize_file(folder.path() / name, 50u << 20);
        const auto start = std::chrono::steady_clock::now();
        const LessonLoad load = load_lesson(folder.path());
        const auto elapsed = std::chrono::steady_clock::now() - start;
        EXPECT_LT(elapsed, std::chrono::seconds(1)) << name;
        ASSERT_EQ(load.errors.size(), 1u) << name;
        EXPECT_EQ(load.errors[0].code, "file-too-large");
        EXPECT_EQ(load.errors[0].line, 1);
        EXPECT_EQ(load.errors[0].column, 1);
        EXPECT_NE(load.errors[0].message.find("52428800 bytes, more than the 1048576"), std::string::npos)
            << load.errors[0].message;
    }
}

// A named pipe would block a reader forever; it is refused without being opened.
TEST(LessonLoader, PipeInsteadOfAFileDoesNotHang) {
    TempFolder folder("fifo");
    copy_good_lesson(folder.path());
    fs::remove(folder.path() / "other.py");
    ASSERT_EQ(::mkfifo((folder.path() / "other.py").c_str(), 0600), 0);
    const LessonLoad load = load_lesson(folder.path());
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].to_string().substr(load.errors[0].file.size()),
              ":17:14: 'other.py': not a regular file (a pipe, socket or device)");
}

// Random bytes as lesson.yaml or as a narrative: an error with a position every time, no crash.
TEST(LessonLoader, RandomBytesAreReportedWithAPosition) {
    TempFolder folder("random");
    copy_good_lesson(folder.path());
    std::mt19937 random(7);
    for (int round = 0; round < 60; ++round) {
        const char* name = round % 2 ? "lesson.yaml" : "zh_CN.md";
        copy_good_lesson(folder.path());
        std::string bytes(16 + random() % 2000, '\0');
        for (char& c : bytes) c = static_cast<char>(random());
        write(folder.path() / name, bytes);
        const LessonLoad load = load_lesson(folder.path());
        ASSERT_FALSE(load.errors.empty()) << name << " round " << round;
        EXPECT_FALSE(load.lesson.has_value());
        for (const LessonError& e : load.errors) {
            EXPECT_GE(e.line, 1) << e.to_string();
            EXPECT_GE(e.column, 1) << e.to_string();
            EXPECT_TRUE(e.code == "invalid-utf8" || e.code == "binary-data") << e.to_string();
        }
    }
}
