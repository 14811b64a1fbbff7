#include "str_util.h"

#include <algorithm>

namespace ls {

// ---- encoding -----------------------------------------------------------------------------

char32_t utf8_decode(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra <= 0 || i + extra >= s.size()) { ++i; return c; }
    char32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) { ++i; return c; }
        cp = (cp << 6) | (cc & 0x3F);
    }
    i += extra + 1;
    return cp;
}

void utf8_append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string utf8_encode(char32_t cp) {
    std::string s;
    utf8_append(s, cp);
    return s;
}

std::u32string utf8_to_u32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) out += utf8_decode(s, i);
    return out;
}

std::string u32_to_utf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) utf8_append(out, c);
    return out;
}

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

size_t utf8_length(std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size();) { utf8_decode(s, i); ++n; }
    return n;
}

size_t utf8_offset(std::string_view s, size_t cp_index) {
    size_t i = 0;
    while (cp_index > 0 && i < s.size()) { utf8_decode(s, i); --cp_index; }
    return i;
}

std::string_view utf8_substr(std::string_view s, size_t cp_start, size_t cp_count) {
    size_t a = utf8_offset(s, cp_start);
    size_t b = a + utf8_offset(s.substr(a), cp_count);
    return s.substr(a, b - a);
}

bool utf8_valid(std::string_view s, size_t& bad_pos, size_t& bad_end, std::string& reason) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) { ++i; continue; }
        int extra;
        char32_t min;
        if (c >= 0xC2 && c <= 0xDF) { extra = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { extra = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { extra = 3; min = 0x10000; }
        else { bad_pos = i; bad_end = i + 1; reason = "invalid start byte"; return false; }
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= s.size()) {
                bad_pos = i; bad_end = s.size(); reason = "unexpected end of data"; return false;
            }
            unsigned char cc = static_cast<unsigned char>(s[i + k]);
            cp = (cp << 6) | (cc & 0x3F);
            bool ok = (cc & 0xC0) == 0x80;
            // Second-byte restrictions that rule out overlongs, surrogates and > U+10FFFF.
            if (ok && k == 1) {
                if (c == 0xE0 && cc < 0xA0) ok = false;
                if (c == 0xED && cc > 0x9F) ok = false;
                if (c == 0xF0 && cc < 0x90) ok = false;
                if (c == 0xF4 && cc > 0x8F) ok = false;
            }
            if (!ok) {
                bad_pos = i; bad_end = i + k; reason = "invalid continuation byte"; return false;
            }
        }
        (void)min;
        i += extra + 1;
    }
    return true;
}

// ---- classification -----------------------------------------------------------------------

namespace {

struct Range { char32_t lo, hi; };

template <size_t N>
bool in_ranges(const Range (&table)[N], char32_t c) {
    for (const Range& r : table) {
        if (c < r.lo) return false;  // tables are sorted
        if (c <= r.hi) return true;
    }
    return false;
}

// Letters (categories L*) in the blocks we support.
const Range kAlpha[] = {
    {'A', 'Z'}, {'a', 'z'}, {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6},
    {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC}, {0x2EE, 0x2EE},
    {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386},
    {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481},
    {0x48A, 0x52F}, {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5D0, 0x5EA},
    {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3}, {0x6D5, 0x6D5},
    {0x904, 0x939}, {0x93D, 0x93D}, {0x950, 0x950}, {0x958, 0x961}, {0xE01, 0xE30},
    {0xE32, 0xE33}, {0xE40, 0xE46}, {0x1100, 0x11FF}, {0x1E00, 0x1F15}, {0x1F18, 0x1F1D},
    {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57}, {0x1F59, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3}, {0x1FD6, 0x1FDB},
    {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC}, {0x2071, 0x2071}, {0x207F, 0x207F},
    {0x2090, 0x209C}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113}, {0x2115, 0x2115},
    {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212A, 0x212D},
    {0x212F, 0x2139}, {0x2C00, 0x2CE4}, {0x3005, 0x3006}, {0x3031, 0x3035}, {0x303B, 0x303C},
    {0x3041, 0x3096}, {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FC, 0x30FF}, {0x3105, 0x312F},
    {0x3131, 0x318E}, {0x31A0, 0x31BF}, {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xA000, 0xA48C}, {0xAC00, 0xD7A3}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFF21, 0xFF3A},
    {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0x20000, 0x2A6DF}, {0x2A700, 0x2EBE0}, {0x30000, 0x3134A},
};

// Decimal digit blocks: each range starts at digit zero.
const Range kDecimal[] = {
    {'0', '9'}, {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF},
    {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F}, {0xBE6, 0xBEF}, {0xC66, 0xC6F},
    {0xCE6, 0xCEF}, {0xD66, 0xD6F}, {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29},
    {0x1040, 0x1049}, {0x17E0, 0x17E9}, {0x1810, 0x1819}, {0xFF10, 0xFF19}, {0x1D7CE, 0x1D7FF},
};

// Digits that are not decimal: superscripts, circled digits.
const Range kDigitExtra[] = {
    {0xB2, 0xB3}, {0xB9, 0xB9}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089},
    {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
    {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792},
};

// Numeric characters beyond digits: fractions, Roman numerals, circled numbers, CJK numerals.
const Range kNumericExtra[] = {
    {0xBC, 0xBE}, {0x2150, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B},
    {0x24EB, 0x24F4}, {0x24FE, 0x24FE}, {0x277F, 0x277F}, {0x2789, 0x2789}, {0x2793, 0x2793},
    {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229},
    {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF},
};

// CJK ideographs whose Unicode numeric value is set (一二三..., 十百千万亿, 零, 两...).
bool is_cjk_numeral(char32_t c) {
    static const char32_t kList[] = {0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94,
                                     0x4EAC, 0x4EBF, 0x4EC0, 0x4EDF, 0x4F0D, 0x5104, 0x5146,
                                     0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345,
                                     0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1,
                                     0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E,
                                     0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E,
                                     0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646,
                                     0x964C, 0x9678, 0x96F6};
    return std::binary_search(std::begin(kList), std::end(kList), c);
}

// Whitespace per str.isspace (bidirectional class WS/B/S or category Zs).
const Range kSpace[] = {
    {0x09, 0x0D}, {0x1C, 0x20}, {0x85, 0x85}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A},
    {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000},
};

// Characters repr() escapes: control, format, separator (other than ' '), surrogate, private use.
const Range kNonPrintable[] = {
    {0x00, 0x1F}, {0x7F, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B},
    {0x38D, 0x38D}, {0x3A2, 0x3A2}, {0x600, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD},
    {0x70F, 0x70F}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F},
    {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF},
    {0xFFF0, 0xFFFB}, {0xFFFE, 0xFFFF}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F},
    {0xF0000, 0x10FFFF},
};

// Simple one-to-one case pairs: [lo, hi] upper maps to lower by `delta`; `stride` 2 means
// alternating upper/lower pairs (U+0100 Ā, U+0101 ā, ...).
struct CasePair { char32_t lo, hi; int delta; int stride; };
const CasePair kUpperToLower[] = {
    {'A', 'Z', 32, 1},       {0xC0, 0xD6, 32, 1},     {0xD8, 0xDE, 32, 1},
    {0x100, 0x12F, 1, 2},    {0x132, 0x137, 1, 2},    {0x139, 0x148, 1, 2},
    {0x14A, 0x177, 1, 2},    {0x178, 0x178, -121, 1}, {0x179, 0x17E, 1, 2},
    {0x181, 0x181, 210, 1},  {0x182, 0x185, 1, 2},    {0x186, 0x186, 206, 1},
    {0x187, 0x187, 1, 1},    {0x189, 0x18A, 205, 1},  {0x18B, 0x18B, 1, 1},
    {0x18E, 0x18E, 79, 1},   {0x18F, 0x18F, 202, 1},  {0x190, 0x190, 203, 1},
    {0x191, 0x191, 1, 1},    {0x193, 0x193, 205, 1},  {0x194, 0x194, 207, 1},
    {0x196, 0x196, 211, 1},  {0x197, 0x197, 209, 1},  {0x198, 0x198, 1, 1},
    {0x19C, 0x19C, 211, 1},  {0x19D, 0x19D, 213, 1},  {0x19F, 0x19F, 214, 1},
    {0x1A0, 0x1A5, 1, 2},    {0x1A7, 0x1A7, 1, 1},    {0x1A9, 0x1A9, 218, 1},
    {0x1AC, 0x1AC, 1, 1},    {0x1AE, 0x1AE, 218, 1},  {0x1AF, 0x1AF, 1, 1},
    {0x1B1, 0x1B2, 217, 1},  {0x1B3, 0x1B6, 1, 2},    {0x1B7, 0x1B7, 219, 1},
    {0x1B8, 0x1B8, 1, 1},    {0x1BC, 0x1BC, 1, 1},    {0x1C4, 0x1C4, 2, 1},
    {0x1C7, 0x1C7, 2, 1},    {0x1CA, 0x1CA, 2, 1},    {0x1CD, 0x1DC, 1, 2},
    {0x1DE, 0x1EF, 1, 2},    {0x1F1, 0x1F1, 2, 1},    {0x1F4, 0x1F4, 1, 1},
    {0x1F8, 0x21F, 1, 2},    {0x222, 0x233, 1, 2},    {0x386, 0x386, 38, 1},
    {0x388, 0x38A, 37, 1},   {0x38C, 0x38C, 64, 1},   {0x38E, 0x38F, 63, 1},
    {0x391, 0x3A1, 32, 1},   {0x3A3, 0x3AB, 32, 1},   {0x3D8, 0x3EF, 1, 2},
    {0x400, 0x40F, 80, 1},   {0x410, 0x42F, 32, 1},   {0x460, 0x481, 1, 2},
    {0x48A, 0x4BF, 1, 2},    {0x4C1, 0x4CE, 1, 2},    {0x4D0, 0x52F, 1, 2},
    {0x531, 0x556, 48, 1},   {0x1E00, 0x1E95, 1, 2},  {0x1EA0, 0x1EFF, 1, 2},
    {0x2160, 0x216F, 16, 1}, {0x24B6, 0x24CF, 26, 1}, {0xFF21, 0xFF3A, 32, 1},
};

bool pair_applies(const CasePair& p, char32_t c) {
    return c >= p.lo && c <= p.hi && (p.stride == 1 || (c - p.lo) % 2 == 0);
}

}  // namespace

char32_t uc_simple_lower(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c == 0x130) return 'i';
    for (const CasePair& p : kUpperToLower)
        if (pair_applies(p, c)) return static_cast<char32_t>(static_cast<int64_t>(c) + p.delta);
    if (c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2) return c + 1;  // title-case digraphs
    return c;
}

char32_t uc_simple_upper(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    switch (c) {
        case 0xB5: return 0x39C;
        case 0xFF: return 0x178;
        case 0x131: return 'I';
        case 0x17F: return 'S';
        case 0x3C2: return 0x3A3;
        case 0x1C5: case 0x1C8: case 0x1CB: case 0x1F2: return c - 1;
        case 0x1C6: case 0x1C9: case 0x1CC: case 0x1F3: return c - 2;
        default: break;
    }
    for (const CasePair& p : kUpperToLower) {
        char32_t lo = static_cast<char32_t>(static_cast<int64_t>(p.lo) + p.delta);
        char32_t hi = static_cast<char32_t>(static_cast<int64_t>(p.hi) + p.delta);
        if (c >= lo && c <= hi && (p.stride == 1 || (c - lo) % 2 == 0) && p.delta > 0) {
            char32_t u = c - p.delta;
            if (pair_applies(p, u)) return u;
        }
    }
    if (c == 0xFF) return 0x178;
    return c;
}

bool uc_is_alpha(char32_t c) {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    return in_ranges(kAlpha, c);
}
bool uc_is_decimal(char32_t c) { return in_ranges(kDecimal, c); }
bool uc_is_digit(char32_t c) { return uc_is_decimal(c) || in_ranges(kDigitExtra, c); }
bool uc_is_numeric(char32_t c) {
    return uc_is_digit(c) || in_ranges(kNumericExtra, c) || is_cjk_numeral(c);
}
bool uc_is_alnum(char32_t c) { return uc_is_alpha(c) || uc_is_numeric(c); }
bool uc_is_space(char32_t c) { return in_ranges(kSpace, c); }

int uc_decimal_value(char32_t c) {
    for (const Range& r : kDecimal)
        if (c >= r.lo && c <= r.hi) return static_cast<int>((c - r.lo) % 10);
    return -1;
}

bool uc_is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    if (c == 0xAA || c == 0xBA || c == 0xDF || c == 0x138 || c == 0x149) return true;
    if (c >= 0xFB00 && c <= 0xFB06) return true;  // ligatures: lower case with multi-letter upper forms
    return uc_simple_upper(c) != c && c != 0x1C5 && c != 0x1C8 && c != 0x1CB && c != 0x1F2;
}
bool uc_is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return uc_simple_lower(c) != c && c != 0x1C5 && c != 0x1C8 && c != 0x1CB && c != 0x1F2;
}
bool uc_is_cased(char32_t c) {
    return uc_is_lower(c) || uc_is_upper(c) || c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2;
}
bool uc_is_printable(char32_t c) {
    if (c >= 0x20 && c < 0x7F) return true;
    return !in_ranges(kNonPrintable, c);
}
bool uc_is_id_start(char32_t c) { return c == '_' || uc_is_alpha(c); }
bool uc_is_id_continue(char32_t c) { return uc_is_id_start(c) || uc_is_decimal(c) || c == 0xB7; }

namespace {
// Latin ligatures U+FB00..U+FB06 expand when upper-cased, title-cased or case-folded.
const char32_t* const kLigatureUpper[] = {U"FF", U"FI", U"FL", U"FFI", U"FFL", U"ST", U"ST"};
const char32_t* const kLigatureTitle[] = {U"Ff", U"Fi", U"Fl", U"Ffi", U"Ffl", U"St", U"St"};
const char32_t* const kLigatureFold[] = {U"ff", U"fi", U"fl", U"ffi", U"ffl", U"st", U"st"};
bool is_ligature(char32_t c) { return c >= 0xFB00 && c <= 0xFB06; }
}  // namespace

void uc_append_upper(std::u32string& out, char32_t c) {
    if (is_ligature(c)) { out += kLigatureUpper[c - 0xFB00]; return; }
    if (c == 0xDF) { out += U"SS"; return; }
    if (c == 0x149) { out += U"\u02BCN"; return; }
    out += uc_simple_upper(c);
}
void uc_append_lower(std::u32string& out, char32_t c) {
    if (c == 0x130) { out += U"i\u0307"; return; }
    out += uc_simple_lower(c);
}
void uc_append_title(std::u32string& out, char32_t c) {
    if (is_ligature(c)) { out += kLigatureTitle[c - 0xFB00]; return; }
    switch (c) {
        case 0xDF: out += U"Ss"; return;
        case 0x1C4: case 0x1C5: case 0x1C6: out += char32_t(0x1C5); return;
        case 0x1C7: case 0x1C8: case 0x1C9: out += char32_t(0x1C8); return;
        case 0x1CA: case 0x1CB: case 0x1CC: out += char32_t(0x1CB); return;
        case 0x1F1: case 0x1F2: case 0x1F3: out += char32_t(0x1F2); return;
        default: uc_append_upper(out, c);
    }
}
void uc_append_casefold(std::u32string& out, char32_t c) {
    if (is_ligature(c)) { out += kLigatureFold[c - 0xFB00]; return; }
    if (c == 0xDF) { out += U"ss"; return; }
    if (c == 0x3C2) { out += char32_t(0x3C3); return; }
    if (c == 0xB5) { out += char32_t(0x3BC); return; }
    if (c == 0x17F) { out += U"s"; return; }
    uc_append_lower(out, c);
}

// ---- repr ---------------------------------------------------------------------------------

namespace {

const char* kHex = "0123456789abcdef";

void append_hex(std::string& out, uint32_t v, int digits) {
    for (int k = digits - 1; k >= 0; --k) out += kHex[(v >> (4 * k)) & 0xF];
}

void append_escaped(std::string& out, char32_t c, char quote, bool ascii_only) {
    if (c == static_cast<char32_t>(quote) || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7F) { out += "\\x"; append_hex(out, c, 2); }
    else if (c < 0x7F) out += static_cast<char>(c);
    else if (!ascii_only && uc_is_printable(c)) utf8_append(out, c);
    else if (c < 0x100) { out += "\\x"; append_hex(out, c, 2); }
    else if (c < 0x10000) { out += "\\u"; append_hex(out, c, 4); }
    else { out += "\\U"; append_hex(out, c, 8); }
}

std::string quoted(std::string_view s, bool ascii_only) {
    // CPython prefers single quotes unless the text has ' and no ".
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (size_t i = 0; i < s.size();) append_escaped(out, utf8_decode(s, i), quote, ascii_only);
    out += quote;
    return out;
}

}  // namespace

std::string str_repr(std::string_view utf8) { return quoted(utf8, false); }
std::string str_ascii_repr(std::string_view utf8) { return quoted(utf8, true); }

std::string bytes_repr(std::string_view data) {
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (char ch : data) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') { out += '\\'; out += ch; }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c >= 0x7F) { out += "\\x"; append_hex(out, c, 2); }
        else out += ch;
    }
    out += quote;
    return out;
}

}  // namespace ls
