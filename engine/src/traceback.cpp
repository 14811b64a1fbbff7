// Tracebacks and syntax errors in CPython 3.11's format (Lib/traceback.py and
// Python/pythonrun.c print the same text for the cases the subset produces).
#include "traceback.h"

#include <set>

#include "code.h"
#include "str_util.h"
#include "vm.h"

namespace ls {

namespace {

std::string strip_left(const std::string& s) {
    size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) ++i;
    return s.substr(i);
}

std::string source_line(const VM& vm, const CodeObject& code, int line) {
    if (code.filename != vm.main_filename) return "";
    if (line < 1 || static_cast<size_t>(line) > vm.main_source_lines.size()) return "";
    std::string s = vm.main_source_lines[static_cast<size_t>(line - 1)];
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
    return strip_left(s);
}

std::string exception_type_name(const TypeObject* t) {
    if (t->module.empty() || t->module == "builtins" || t->module == "__main__") return t->name;
    return t->module + "." + t->name;
}

void format_one(VM& vm, const Value& exc, std::string& out) {
    auto* e = exc.as<ExceptionObject>();
    if (!e->traceback.empty()) {
        out += "Traceback (most recent call last):\n";
        // Stored innermost first; printed outermost first, with CPython's folding of runs of
        // identical entries (recursion) after three repeats.
        std::string last_key;
        int repeats = 0;
        auto flush_repeats = [&]() {
            if (repeats > 3) {
                int more = repeats - 3;
                out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
            }
        };
        for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
            const CodeObject& code = *it->code;
            if (code.is(kCodeLibrary)) continue;
            std::string key = code.filename + ":" + std::to_string(it->line) + ":" + code.name;
            if (key == last_key) {
                ++repeats;
                if (repeats > 3) continue;
            } else {
                flush_repeats();
                last_key = key;
                repeats = 1;
            }
            out += "  File \"" + code.filename + "\", line " + std::to_string(it->line) + ", in " + code.name + "\n";
            std::string src = source_line(vm, code, it->line);
            if (!src.empty()) out += "    " + src + "\n";
        }
        flush_repeats();
    }
    std::string msg;
    try {
        msg = vm.to_str(exc);
    } catch (PyError&) {
        msg = "<exception str() failed>";
    }
    std::string name = exception_type_name(e->type);
    if (!e->suggestion.empty()) msg += ". Did you mean: '" + e->suggestion + "'?";
    out += msg.empty() ? name + "\n" : name + ": " + msg + "\n";
}

void format_chain(VM& vm, const Value& exc, std::string& out, std::set<Object*>& seen) {
    seen.insert(exc.obj());
    auto* e = exc.as<ExceptionObject>();
    if (e->cause.is_obj() && !seen.count(e->cause.obj())) {
        format_chain(vm, e->cause, out, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context.is_obj() && !e->suppress_context && !seen.count(e->context.obj())) {
        format_chain(vm, e->context, out, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    format_one(vm, exc, out);
}

}  // namespace

std::string VM::format_exception(const Value& exc) {
    std::string out;
    std::set<Object*> seen;
    format_chain(*this, exc, out, seen);
    return out;
}

std::string format_syntax_error(const SyntaxErrorInfo& err, const std::string& filename) {
    std::string out = "  File \"" + filename + "\", line " + std::to_string(err.line) + "\n";
    if (!err.source_line.empty() || err.col > 0) {
        std::string rtext = err.source_line;
        while (!rtext.empty() && (rtext.back() == '\n' || rtext.back() == '\r')) rtext.pop_back();
        size_t spaces_bytes = 0;
        while (spaces_bytes < rtext.size() && (rtext[spaces_bytes] == ' ' || rtext[spaces_bytes] == '\f' || rtext[spaces_bytes] == '\n'))
            ++spaces_bytes;
        std::string ltext = rtext.substr(spaces_bytes);
        int spaces = static_cast<int>(spaces_bytes);
        if (!err.source_line.empty()) out += "    " + ltext + "\n";
        if (err.col > 0 && !err.source_line.empty()) {
            int offset = err.col;
            int end_offset = err.end_col > 0 ? err.end_col : offset;
            if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
            int colno = offset - 1 - spaces;
            int end_colno = end_offset - 1 - spaces;
            if (colno >= 0) {
                std::u32string chars = utf8_to_u32(ltext);
                std::string caret;
                for (int i = 0; i < colno && static_cast<size_t>(i) < chars.size(); ++i)
                    caret += (chars[static_cast<size_t>(i)] == '\t' || chars[static_cast<size_t>(i)] == '\f') ? static_cast<char>(chars[static_cast<size_t>(i)]) : ' ';
                for (int i = static_cast<int>(chars.size()); i < colno; ++i) caret += ' ';
                caret += std::string(static_cast<size_t>(std::max(1, end_colno - colno)), '^');
                out += "    " + caret + "\n";
            }
        }
    }
    out += err.type + ": " + err.message + "\n";
    return out;
}

}  // namespace ls
