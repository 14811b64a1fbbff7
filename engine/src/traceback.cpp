// Tracebacks and syntax errors in CPython 3.11's format (Lib/traceback.py and
// Python/pythonrun.c print the same text for the cases the subset produces).
#include "traceback.h"

#include <set>

#include "code.h"
#include "exception_group.h"
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

// The traceback lines of one exception (no chaining, no groups).
std::string stack_text(VM& vm, const ExceptionObject* e) {
    std::string out;
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
    return out;
}

std::string exception_only(VM& vm, const Value& exc) {
    auto* e = exc.as<ExceptionObject>();
    std::string msg;
    try {
        msg = vm.to_str(exc);
    } catch (PyError&) {
        msg = "<exception str() failed>";
    }
    std::string name = exception_type_name(e->type);
    if (!e->suggestion.empty()) msg += ". Did you mean: '" + e->suggestion + "'?";
    return msg.empty() ? name + "\n" : name + ": " + msg + "\n";
}

// Python's traceback._ExceptionPrintContext: nesting depth for exception groups, whose lines
// get a "| " margin.
struct PrintContext {
    std::set<Object*> seen;
    int group_depth = 0;
    bool need_close = false;

    std::string indent() const { return std::string(static_cast<size_t>(2 * group_depth), ' '); }
    void emit(std::string& out, const std::string& text, char margin = '|') const {
        std::string prefix = indent();
        if (group_depth) prefix += std::string(1, margin) + " ";
        size_t start = 0;
        while (start < text.size()) {
            size_t nl = text.find('\n', start);
            size_t end = nl == std::string::npos ? text.size() : nl + 1;
            out += prefix + text.substr(start, end - start);
            start = end;
        }
    }
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

void format_exc(VM& vm, const Value& top, std::string& out, PrintContext& ctx) {
    // The chain, oldest first.
    std::vector<std::pair<const char*, Value>> chain;
    Value exc = top;
    while (exc.is_obj()) {
        ctx.seen.insert(exc.obj());
        auto* e = exc.as<ExceptionObject>();
        const char* msg = nullptr;
        Value next;
        if (e->cause.is_obj() && !ctx.seen.count(e->cause.obj())) {
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
            next = e->cause;
        } else if (e->context.is_obj() && !e->suppress_context && !ctx.seen.count(e->context.obj())) {
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
            next = e->context;
        }
        chain.emplace_back(msg, exc);
        exc = next;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Value& ex = it->second;
        if (it->first) ctx.emit(out, it->first);
        auto* e = ex.as<ExceptionObject>();
        std::string stack = stack_text(vm, e);
        if (!is_exception_group(vm, ex)) {
            if (!stack.empty()) {
                ctx.emit(out, "Traceback (most recent call last):\n");
                ctx.emit(out, stack);
            }
            ctx.emit(out, exception_only(vm, ex));
        } else if (ctx.group_depth > kMaxGroupDepth) {
            ctx.emit(out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
        } else {
            bool toplevel = ctx.group_depth == 0;
            if (toplevel) ++ctx.group_depth;
            if (!stack.empty()) {
                ctx.emit(out, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
                ctx.emit(out, stack);
            }
            ctx.emit(out, exception_only(vm, ex));
            auto& members = exception_group_members(vm, ex).as<TupleObject>()->items;
            int num = static_cast<int>(members.size());
            int n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
            ctx.need_close = false;
            for (int i = 0; i < n; ++i) {
                bool last = i == n - 1;
                if (last) ctx.need_close = true;
                bool truncated = i >= kMaxGroupWidth;
                std::string title = truncated ? "..." : std::to_string(i + 1);
                out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
                ++ctx.group_depth;
                if (!truncated) {
                    format_exc(vm, members[static_cast<size_t>(i)], out, ctx);
                } else {
                    int remaining = num - kMaxGroupWidth;
                    ctx.emit(out, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && ctx.need_close) {
                    out += ctx.indent() + "+------------------------------------\n";
                    ctx.need_close = false;
                }
                --ctx.group_depth;
            }
            if (toplevel) ctx.group_depth = 0;
        }
    }
}

}  // namespace

std::string VM::format_exception(const Value& exc) {
    std::string out;
    PrintContext ctx;
    format_exc(*this, exc, out, ctx);
    return out;
}

std::string format_syntax_error(const SyntaxErrorInfo& err, const std::string& filename) {
    // Errors without a position (compiler recursion limit, undecodable source) are one line.
    if (err.line == 0) return err.type + ": " + err.message + "\n";
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
