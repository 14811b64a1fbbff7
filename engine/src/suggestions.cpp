#include "suggestions.h"

#include <algorithm>
#include <cctype>
#include <climits>

namespace ls {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr long kMoveCost = 2;
constexpr long kCaseCost = 1;

long substitution_cost(char a, char b) {
    if (a == b) return 0;
    if (std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b))) return kCaseCost;
    return kMoveCost;
}

// Weighted edit distance; anything above max_cost may be reported as max_cost + 1.
long levenshtein(std::string a, std::string b, long max_cost) {
    if (a == b) return 0;
    // Trim the common prefix and suffix.
    size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    a = a.substr(pre);
    b = b.substr(pre);
    while (!a.empty() && !b.empty() && a.back() == b.back()) { a.pop_back(); b.pop_back(); }
    if (a.empty() || b.empty()) return static_cast<long>(a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if (static_cast<long>(b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    std::vector<long> row(a.size());
    for (size_t i = 0; i < a.size(); ++i) row[i] = static_cast<long>(i + 1) * kMoveCost;
    long result = 0;
    for (size_t bi = 0; bi < b.size(); ++bi) {
        long distance = static_cast<long>(bi) * kMoveCost;
        result = distance;
        long minimum = LONG_MAX;
        for (size_t ai = 0; ai < a.size(); ++ai) {
            long sub = distance + substitution_cost(a[ai], b[bi]);
            distance = row[ai];
            long ins_del = std::min(result, distance) + kMoveCost;
            result = std::min(ins_del, sub);
            row[ai] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

}  // namespace

std::string suggest_name(const std::vector<std::string>& candidates, const std::string& name) {
    if (candidates.size() > kMaxCandidates || name.size() > kMaxStringSize) return "";
    std::string best;
    long best_distance = LONG_MAX;
    for (const std::string& item : candidates) {
        if (item == name) continue;
        long max_distance = static_cast<long>(name.size() + item.size() + 3) * kMoveCost / 6;
        if (best_distance != LONG_MAX && max_distance > best_distance - 1) max_distance = best_distance - 1;
        long d = levenshtein(name, item, max_distance);
        if (d > max_distance) continue;
        if (best.empty() || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

}  // namespace ls
