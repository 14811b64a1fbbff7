// diff_lines: a small longest-common-subsequence line diff for expected-output messages.
#include <algorithm>
#include <vector>

#include <loopscope/lesson_check.h>

namespace ls::lesson {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start) + "  (no newline at the end)");
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

constexpr size_t kContext = 2;       // unchanged lines shown around a change
constexpr size_t kMaxDiffLines = 40; // longer diffs are cut

}  // namespace

std::string diff_lines(const std::string& expected, const std::string& actual) {
    if (expected == actual) return {};
    const auto a = split_lines(expected), b = split_lines(actual);
    // Outputs of lesson programs are short; a quadratic table is fine, but cap it anyway.
    if (a.size() * b.size() > 4'000'000) return "  (outputs too long to diff: " + std::to_string(a.size()) +
                                                " expected lines, " + std::to_string(b.size()) + " actual)\n";
    std::vector<std::vector<uint32_t>> lcs(a.size() + 1, std::vector<uint32_t>(b.size() + 1, 0));
    for (size_t i = a.size(); i-- > 0;)
        for (size_t j = b.size(); j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    struct Row { char mark; std::string text; };
    std::vector<Row> rows;
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) { rows.push_back({' ', a[i]}); ++i; ++j; }
        // Expected lines before actual ones, as in a unified diff.
        else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) rows.push_back({'-', a[i++]});
        else rows.push_back({'+', b[j++]});
    }
    // Keep changed rows and kContext rows either side of them.
    std::vector<bool> keep(rows.size(), false);
    for (size_t k = 0; k < rows.size(); ++k) {
        if (rows[k].mark == ' ') continue;
        const size_t from = k >= kContext ? k - kContext : 0;
        for (size_t m = from; m < std::min(rows.size(), k + kContext + 1); ++m) keep[m] = true;
    }
    std::string out;
    size_t shown = 0;
    bool skipped = false;
    for (size_t k = 0; k < rows.size(); ++k) {
        if (!keep[k]) { skipped = true; continue; }
        if (skipped && shown > 0) out += "  ...\n";
        skipped = false;
        if (++shown > kMaxDiffLines) { out += "  ... (diff cut)\n"; break; }
        out += "  ";
        out += rows[k].mark;
        out += ' ';
        out += rows[k].text;
        out += '\n';
    }
    return out;
}

}  // namespace ls::lesson
