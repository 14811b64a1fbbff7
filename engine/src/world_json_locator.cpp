#include "world_json_locator.h"

#include "str_util.h"

namespace ls {

namespace {

size_t skip_ws(std::string_view s, size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    return i;
}

unsigned hex4(std::string_view s, size_t i) {
    unsigned v = 0;
    for (size_t k = i; k < i + 4 && k < s.size(); ++k) {
        char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
    }
    return v;
}

// `i` at the opening quote; returns the offset after the closing quote, decoded text in `out`.
size_t read_string(std::string_view s, size_t i, std::string& out) {
    out.clear();
    ++i;
    while (i < s.size() && s[i] != '"') {
        if (s[i] != '\\') {
            out += s[i++];
            continue;
        }
        char e = i + 1 < s.size() ? s[i + 1] : '"';
        i += 2;
        switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                char32_t cp = hex4(s, i);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
                    char32_t lo = hex4(s, i + 2);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
                out += utf8_encode(cp);
                break;
            }
            default: out += e; break;
        }
    }
    return i + 1;
}

size_t skip_value(std::string_view s, size_t i) {
    i = skip_ws(s, i);
    if (i >= s.size()) return i;
    if (s[i] == '"') {
        std::string ignored;
        return read_string(s, i, ignored);
    }
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        std::string ignored;
        while (i < s.size()) {
            char c = s[i];
            if (c == '"') {
                i = read_string(s, i, ignored);
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            if (c == '}' || c == ']') {
                if (--depth == 0) return i + 1;
            }
            ++i;
        }
        return i;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r') ++i;
    return i;
}

}  // namespace

size_t locate_json_path(std::string_view s, const JsonPath& path, bool at_key) {
    size_t i = skip_ws(s, 0);
    for (size_t step = 0; step < path.size(); ++step) {
        const JsonStep& want = path[step];
        const bool last = step + 1 == path.size();
        if (i >= s.size()) return s.size();
        if (!want.is_index && s[i] == '{') {
            size_t found = std::string::npos, key_at = 0;
            size_t j = skip_ws(s, i + 1);
            std::string key;
            while (j < s.size() && s[j] == '"') {
                size_t k = j;
                j = read_string(s, j, key);
                j = skip_ws(s, j) + 1;  // the ':'
                j = skip_ws(s, j);
                if (key == want.key) {
                    // The last duplicate wins, as it does when the text is parsed.
                    found = j;
                    key_at = k;
                }
                j = skip_ws(s, skip_value(s, j));
                if (j < s.size() && s[j] == ',') j = skip_ws(s, j + 1);
            }
            if (found == std::string::npos) return i;
            if (last && at_key) return key_at;
            i = found;
        } else if (want.is_index && s[i] == '[') {
            size_t j = skip_ws(s, i + 1);
            for (size_t n = 0; n < want.index && j < s.size() && s[j] != ']'; ++n) {
                j = skip_ws(s, skip_value(s, j));
                if (j < s.size() && s[j] == ',') j = skip_ws(s, j + 1);
            }
            if (j >= s.size() || s[j] == ']') return i;
            i = j;
        } else {
            return i;
        }
    }
    return i;
}

std::pair<int, int> line_and_column(std::string_view text, size_t offset) {
    int line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;  // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

}  // namespace ls
