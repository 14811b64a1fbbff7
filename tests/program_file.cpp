#include "program_file.h"

#include <algorithm>
#include <fstream>
#include <cctype>
#include <set>
#include <sstream>
#include <stdexcept>

namespace ls::testing {
namespace {

// Lines as python3's str.split("\n") + rstrip("\r") gives them.
std::vector<std::string> source_lines(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (true) {
        size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? end : end - start);
        while (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

// Output lines: a trailing newline does not start another line.
std::vector<std::string> output_lines(const std::string& text) {
    std::vector<std::string> lines;
    if (text.empty()) return lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            if (start < text.size()) lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// The text after `marker` in `line`, if the marker occurs.
std::optional<std::string> after(const std::string& line, const std::string& marker) {
    size_t at = line.find(marker);
    if (at == std::string::npos) return std::nullopt;
    return line.substr(at + marker.size());
}

// `# expect:` followed by the end of the line or by a space and the text.
std::optional<std::string> expected_stdout_text(const std::string& line) {
    static const std::string marker = "# expect:";
    for (size_t at = line.find(marker); at != std::string::npos; at = line.find(marker, at + 1)) {
        size_t rest = at + marker.size();
        if (rest == line.size()) return std::string();
        if (line[rest] == ' ') return line.substr(rest + 1);
    }
    return std::nullopt;
}

std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\') q += '\\';
        q += c;
    }
    return q + "'";
}

std::string at_line(int line) {
    return "line " + std::to_string(line) + ": ";
}

bool has_line_starting(const std::vector<std::string>& lines, const std::string& prefix) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
}

// The number after "line " at `at` in `text`, if digits follow.
std::optional<int> number_after_line(const std::string& text, size_t at) {
    size_t digits = at + 5;  // strlen("line ")
    size_t end = digits;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end == digits) return std::nullopt;
    return std::stoi(text.substr(digits, end - digits));
}

// The line number the error report gives: the last `  File "...", line N`; failing that, the
// last "line N" anywhere.
std::optional<int> reported_error_line(const std::vector<std::string>& err_lines) {
    std::optional<int> reported;
    for (const std::string& l : err_lines) {
        size_t file = l.find_first_not_of(' ');
        if (file == std::string::npos || l.compare(file, 6, "File \"") != 0) continue;
        size_t quote = l.find('"', file + 6);
        if (quote == std::string::npos || l.compare(quote, 8, "\", line ") != 0) continue;
        if (auto n = number_after_line(l, quote + 3)) reported = n;
    }
    if (reported) return reported;
    for (const std::string& l : err_lines) {
        for (size_t at = l.find("line "); at != std::string::npos; at = l.find("line ", at + 1)) {
            const bool word_start = at == 0 || !std::isalnum(static_cast<unsigned char>(l[at - 1]));
            if (auto n = number_after_line(l, at); n && word_start) reported = n;
        }
    }
    return reported;
}

void append_section(std::ostringstream& report, const std::string& title, const std::string& text) {
    report << "--- " << title << " ---\n";
    if (text.empty()) {
        report << "(empty)\n";
        return;
    }
    report << text;
    if (text.back() != '\n') report << "\n(no newline at the end)\n";
}

}  // namespace

ProgramSpec parse_program_spec(const std::string& source) {
    ProgramSpec spec;
    int number = 0;
    for (const std::string& line : source_lines(source)) {
        ++number;
        if (auto text = after(line, "# expect runtime error: ")) {
            if (spec.runtime_error) spec.problems.push_back({number, "more than one '# expect runtime error:'"});
            spec.runtime_error = Annotation{number, *text};
        } else if (auto text = after(line, "# expect error: ")) {
            if (spec.compile_error) spec.problems.push_back({number, "more than one '# expect error:'"});
            spec.compile_error = Annotation{number, *text};
        } else if (auto text = after(line, "# expect stderr: ")) {
            spec.stderr_lines.push_back({number, *text});
        } else if (auto text = expected_stdout_text(line)) {
            spec.stdout_lines.push_back({number, *text});
        } else if (auto file = after(line, "# world:")) {
            size_t b = file->find_first_not_of(" \t");
            size_t e = file->find_last_not_of(" \t");
            if (b == std::string::npos) spec.problems.push_back({number, "'# world:' without a file name"});
            else if (spec.world) spec.problems.push_back({number, "more than one '# world:'"});
            else spec.world = Annotation{number, file->substr(b, e - b + 1)};
        } else if (auto reason = after(line, "# nodiff:")) {
            size_t b = reason->find_first_not_of(" \t");
            size_t e = reason->find_last_not_of(" \t");
            spec.nodiff = b == std::string::npos ? std::string() : reason->substr(b, e - b + 1);
        } else if (line.find("# expect") != std::string::npos) {
            spec.problems.push_back({number, "malformed '# expect' annotation"});
        }
    }
    if (spec.runtime_error && spec.compile_error) {
        spec.problems.push_back({spec.compile_error->line, "both a runtime and a compile error expected"});
    }
    if (spec.compile_error && !spec.stdout_lines.empty()) {
        spec.problems.push_back({spec.stdout_lines.front().line, "a compile-error test cannot expect stdout"});
    }
    return spec;
}

bool uses_simulated_libraries(const std::string& source) {
    for (const std::string& line : source_lines(source)) {
        size_t b = line.find_first_not_of(" \t");
        if (b == std::string::npos) continue;
        std::string_view l = std::string_view(line).substr(b);
        for (std::string_view lib : {"aiohttp", "aiofiles"}) {
            for (std::string_view kw : {"import ", "from "}) {
                if (l.substr(0, kw.size()) != kw) continue;
                std::string_view rest = l.substr(kw.size());
                rest = rest.substr(std::min(rest.find_first_not_of(' '), rest.size()));
                // "import aiohttp", "import asyncio, aiohttp", "from aiohttp import ..."
                for (size_t at = rest.find(lib); at != std::string_view::npos; at = rest.find(lib, at + 1)) {
                    const bool starts = at == 0 || rest[at - 1] == ' ' || rest[at - 1] == ',';
                    const size_t end = at + lib.size();
                    const bool ends = end == rest.size() || rest[end] == ' ' || rest[end] == ',' || rest[end] == '.';
                    if (starts && ends && (kw == "import " || at == 0)) return true;
                }
            }
        }
    }
    return false;
}

std::vector<std::string> check_program_output(const ProgramSpec& spec, const ProgramOutput& output) {
    std::vector<std::string> mismatches;
    if (spec.asserts_nothing()) mismatches.push_back("the file asserts nothing (no '# expect' annotation)");
    for (const Annotation& p : spec.problems) mismatches.push_back(at_line(p.line) + p.text);

    // stdout, line by line, first difference only (later lines usually differ as a consequence).
    const std::vector<std::string> got = output_lines(output.out);
    const auto& want = spec.stdout_lines;
    if (!output.out.empty() && output.out.back() != '\n') {
        mismatches.push_back("stdout does not end with a newline");
    }
    for (size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
        const std::string n = std::to_string(i + 1);
        if (i >= want.size()) {
            mismatches.push_back("unexpected extra stdout line " + n + ": " + quoted(got[i]));
            break;
        }
        if (i >= got.size()) {
            mismatches.push_back(at_line(want[i].line) + "missing stdout line " + n + ": expected " +
                                 quoted(want[i].text));
            break;
        }
        if (got[i] != want[i].text) {
            mismatches.push_back(at_line(want[i].line) + "stdout line " + n + ": expected " +
                                 quoted(want[i].text) + ", got " + quoted(got[i]));
            break;
        }
    }

    const std::vector<std::string> err_lines = output_lines(output.err);
    const std::string last = err_lines.empty() ? std::string() : err_lines.back();
    const std::optional<Annotation>& error = spec.runtime_error ? spec.runtime_error : spec.compile_error;
    if (error) {
        if (output.exit_code != 1) {
            mismatches.push_back(at_line(error->line) + "exit status " + std::to_string(output.exit_code) +
                                 ", expected 1");
        }
        if (last != error->text) {
            mismatches.push_back(at_line(error->line) + "stderr's last line: expected " +
                                 quoted(error->text) + ", got " + quoted(last));
        }
        const bool traceback = has_line_starting(err_lines, "Traceback");
        if (spec.compile_error) {
            std::optional<int> reported = reported_error_line(err_lines);
            if (reported != error->line) {
                mismatches.push_back(at_line(error->line) + "the error is reported on line " +
                                     (reported ? std::to_string(*reported) : std::string("?")) +
                                     ", expected line " + std::to_string(error->line));
            }
            if (traceback) mismatches.push_back(at_line(error->line) + "got a runtime traceback, not a compile error");
        } else if (!traceback) {
            mismatches.push_back(at_line(error->line) + "no traceback in stderr (a compile error?)");
        }
    } else if (output.exit_code != 0) {
        mismatches.push_back("exit status " + std::to_string(output.exit_code) +
                             ", expected 0; stderr ends " + quoted(last));
    }

    size_t pos = 0;
    for (const Annotation& want_err : spec.stderr_lines) {
        while (pos < err_lines.size() && err_lines[pos] != want_err.text) ++pos;
        if (pos == err_lines.size()) {
            mismatches.push_back(at_line(want_err.line) + "stderr line not found (in order): " +
                                 quoted(want_err.text));
            break;
        }
        ++pos;
    }
    return mismatches;
}

std::string describe_failure(const ProgramSpec& spec, const ProgramOutput& output,
                             const std::vector<std::string>& mismatches) {
    std::ostringstream report;
    for (const std::string& m : mismatches) report << "  " << m << "\n";

    std::string expected_out;
    for (const Annotation& a : spec.stdout_lines) expected_out += a.text + "\n";
    append_section(report, "expected stdout", expected_out);
    append_section(report, "actual stdout", output.out);
    if (spec.runtime_error || spec.compile_error || !spec.stderr_lines.empty()) {
        std::string expected_err;
        for (const Annotation& a : spec.stderr_lines) expected_err += "(contains) " + a.text + "\n";
        if (spec.runtime_error) expected_err += "(last line) " + spec.runtime_error->text + "\n";
        if (spec.compile_error) expected_err += "(last line) " + spec.compile_error->text + "\n";
        append_section(report, "expected stderr", expected_err);
    }
    append_section(report, "actual stderr", output.err);
    report << "--- exit status " << output.exit_code << " ---\n";
    return report.str();
}

std::vector<std::filesystem::path> discover_programs(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec)) return files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".py") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> test_names(const std::vector<std::filesystem::path>& files,
                                    const std::filesystem::path& root) {
    std::vector<std::string> names;
    std::set<std::string> taken;
    for (const auto& file : files) {
        std::filesystem::path relative = file.lexically_relative(root);
        relative.replace_extension();
        std::string name;
        for (char c : relative.generic_string()) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            name += ok ? c : '_';
        }
        if (name.empty()) name = "program";
        // "a/b_c" and "a_b/c" sanitise alike; a suffix keeps GoogleTest's names unique.
        std::string unique = name;
        for (int n = 2; taken.count(unique); ++n) unique = name + "_" + std::to_string(n);
        taken.insert(unique);
        names.push_back(unique);
    }
    return names;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace ls::testing
