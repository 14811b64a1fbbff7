// The differential oracle: every program (except `# nodiff`) must print, byte for byte, what
// python3 prints and exit with the same status. python3 runs it as prog.py in a temporary folder,
// so tracebacks and __file__ look the same as in the engine.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <loopscope/engine.h>

#include "program_file.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using ls::testing::ProgramOutput;

constexpr auto kPythonTimeout = std::chrono::seconds(20);

struct ProgramCase {
    fs::path path;
    std::string name;
};

// How GoogleTest shows the parameter in messages (instead of its bytes).
void PrintTo(const ProgramCase& program, std::ostream* os) { *os << program.path.string(); }

std::vector<ProgramCase> programs_to_diff() {
    const fs::path root = LOOPSCOPE_PROGRAMS_DIR;
    const auto files = ls::testing::discover_programs(root);
    const auto names = ls::testing::test_names(files, root);
    std::vector<ProgramCase> cases;
    for (size_t i = 0; i < files.size(); ++i) {
        try {
            const std::string source = ls::testing::read_file(files[i]);
            if (ls::testing::parse_program_spec(source).nodiff) continue;
            // python3 here has neither aiohttp nor aiofiles: those programs run only in the
            // engine's simulated world (their expectations come from the libraries' documentation).
            if (ls::testing::uses_simulated_libraries(source)) continue;
        } catch (const std::exception&) {
            // Unreadable: keep it, so the test reports the problem instead of hiding the file.
        }
        cases.push_back({files[i], names[i]});
    }
    return cases;
}

std::optional<fs::path> find_on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    if (!path) return std::nullopt;
    std::string dirs = path;
    size_t start = 0;
    while (start <= dirs.size()) {
        size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        fs::path candidate = fs::path(dirs.substr(start, end - start)) / program;
        if (access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return std::nullopt;
}

// A fresh temporary folder, removed when the object goes away.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "loopscope-diff-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// python3's environment: deterministic hashing, no .pyc files, UTF-8 output.
std::vector<std::string> python_environment() {
    std::vector<std::string> env;
    bool has_lc_all = false;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        if (entry.rfind("PYTHON", 0) == 0) continue;
        if (entry.rfind("LC_ALL=", 0) == 0) has_lc_all = true;
        env.push_back(entry);
    }
    env.push_back("PYTHONHASHSEED=0");
    env.push_back("PYTHONDONTWRITEBYTECODE=1");
    env.push_back("PYTHONIOENCODING=utf-8");
    if (!has_lc_all) env.push_back("LC_ALL=C.UTF-8");
    return env;
}

// Runs `python3 prog.py` in `dir`; nullopt on timeout.
std::optional<ProgramOutput> run_python(const fs::path& python, const fs::path& dir) {
    const fs::path out_path = dir / "stdout.txt", err_path = dir / "stderr.txt";
    std::vector<std::string> env_strings = python_environment();
    std::vector<char*> envp;
    for (auto& s : env_strings) envp.push_back(s.data());
    envp.push_back(nullptr);
    std::string python_arg = python.string(), script_arg = "prog.py";
    char* argv[] = {python_arg.data(), script_arg.data(), nullptr};

    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int in = open("/dev/null", O_RDONLY);
        if (out < 0 || err < 0 || in < 0 || chdir(dir.c_str()) != 0) _exit(127);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execve(argv[0], argv, envp.data());
        _exit(127);
    }

    const auto deadline = std::chrono::steady_clock::now() + kPythonTimeout;
    int status = 0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ProgramOutput output;
    output.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    output.out = ls::testing::read_file(out_path);
    output.err = ls::testing::read_file(err_path);
    return output;
}

// A program with a `# world:` file gets the world's files and directories as real ones in
// python3's temporary folder (its working directory), so open() finds the same content there.
void materialise_world_files(const fs::path& world_file, const fs::path& dir) {
    const auto world = nlohmann::json::parse(ls::testing::read_file(world_file));
    auto inside = [&](const std::string& path) {
        fs::path p = fs::path(path).relative_path().lexically_normal();
        if (p.empty() || *p.begin() == "..") throw std::runtime_error("world path leaves the test folder: " + path);
        return dir / p;
    };
    if (world.contains("directories"))
        for (const auto& d : world["directories"]) fs::create_directories(inside(d.get<std::string>()));
    if (world.contains("files")) {
        for (auto it = world["files"].begin(); it != world["files"].end(); ++it) {
            const fs::path target = inside(it.key());
            fs::create_directories(target.parent_path());
            const auto& v = it.value();
            const std::string content = v.is_string() ? v.get<std::string>() : v.value("content", std::string());
            std::FILE* f = std::fopen(target.c_str(), "wb");
            if (!f) throw std::runtime_error("cannot write " + target.string());
            std::fwrite(content.data(), 1, content.size(), f);
            std::fclose(f);
        }
    }
}

class DifferentialTest : public ::testing::TestWithParam<ProgramCase> {};

TEST_P(DifferentialTest, MatchesCPython) {
    static const std::optional<fs::path> python = find_on_path("python3");
    if (!python) GTEST_SKIP() << "python3 is not on PATH";

    const std::string source = ls::testing::read_file(GetParam().path);
    const ls::testing::ProgramSpec spec = ls::testing::parse_program_spec(source);
    TempDir dir;
    fs::copy_file(GetParam().path, dir.path() / "prog.py");
    ls::RunOptions options;
    if (spec.world) {
        const fs::path world_file = GetParam().path.parent_path() / spec.world->text;
        materialise_world_files(world_file, dir.path());
        options.world_json = ls::testing::read_file(world_file);
    }
    const std::optional<ProgramOutput> cpython = run_python(*python, dir.path());
    ASSERT_TRUE(cpython) << "python3 did not finish within " << kPythonTimeout.count() << " s";

    options.filename = "prog.py";
    const ls::CapturedRun engine = ls::run_captured(source, options);

    EXPECT_EQ(engine.result.exit_code, cpython->exit_code) << "exit status differs";
    EXPECT_EQ(engine.out, cpython->out)
        << GetParam().path.string() << ": stdout differs\n"
        << "--- python3 stderr ---\n" << cpython->err
        << "--- engine stderr ---\n" << engine.err;
}

INSTANTIATE_TEST_SUITE_P(Programs, DifferentialTest, ::testing::ValuesIn(programs_to_diff()),
                         [](const ::testing::TestParamInfo<ProgramCase>& info) {
                             return info.param.name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(DifferentialTest);

}  // namespace
