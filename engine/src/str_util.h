// UTF-8 and Unicode helpers for the str type, formatting and number parsing.
//
// Strings are stored as UTF-8; Python indexes them by code point. These helpers convert between
// the two and classify code points. The classification tables cover ASCII, Latin-1, the Latin
// extensions, Greek, Cyrillic, the common CJK/kana/Hangul blocks and full-width forms: enough for
// the Chinese and English programs Loopscope teaches with, not a full Unicode database.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ls {

// ---- encoding -----------------------------------------------------------------------------
// Decodes the code point at byte offset `i` and advances `i` past it. Malformed bytes decode as
// themselves (one byte each) so that nothing loops forever on bad input.
char32_t utf8_decode(std::string_view s, size_t& i);
void utf8_append(std::string& out, char32_t cp);
std::string utf8_encode(char32_t cp);
std::u32string utf8_to_u32(std::string_view s);
std::string u32_to_utf8(std::u32string_view s);

bool is_ascii(std::string_view s);
size_t utf8_length(std::string_view s);                      // in code points
size_t utf8_offset(std::string_view s, size_t cp_index);     // byte offset of a code point index (clamped)
std::string_view utf8_substr(std::string_view s, size_t cp_start, size_t cp_count);
// Validates UTF-8 (what bytes.decode('utf-8') accepts). On failure `bad_pos` is the byte index.
bool utf8_valid(std::string_view s, size_t& bad_pos, size_t& bad_end, std::string& reason);

// ---- classification (Python's str.isxxx semantics per code point) -------------------------
bool uc_is_alpha(char32_t c);
bool uc_is_decimal(char32_t c);
bool uc_is_digit(char32_t c);
bool uc_is_numeric(char32_t c);
bool uc_is_alnum(char32_t c);
bool uc_is_space(char32_t c);
bool uc_is_upper(char32_t c);
bool uc_is_lower(char32_t c);
bool uc_is_cased(char32_t c);
bool uc_is_printable(char32_t c);
bool uc_is_id_start(char32_t c);
bool uc_is_id_continue(char32_t c);
int uc_decimal_value(char32_t c);  // 0-9 for decimal digits, -1 otherwise

// ---- case mapping (may expand: 'ß'.upper() == 'SS') ----------------------------------------
void uc_append_upper(std::u32string& out, char32_t c);
void uc_append_lower(std::u32string& out, char32_t c);
void uc_append_title(std::u32string& out, char32_t c);
void uc_append_casefold(std::u32string& out, char32_t c);
char32_t uc_simple_upper(char32_t c);
char32_t uc_simple_lower(char32_t c);

// ---- repr ---------------------------------------------------------------------------------
// Python's repr of a str: quote choice, escapes for non-printables, printable non-ASCII kept.
std::string str_repr(std::string_view utf8);
// ascii(): like repr but every non-ASCII code point escaped.
std::string str_ascii_repr(std::string_view utf8);
// repr of bytes: b'...' with \x escapes.
std::string bytes_repr(std::string_view data);

}  // namespace ls
