// The str type: immutable UTF-8 text indexed by code point. ASCII strings (the common case)
// take byte-offset fast paths; others convert indices with the str_util helpers.
#include <algorithm>
#include <climits>

#include "dict.h"
#include "format.h"
#include "number_util.h"
#include "seq_util.h"
#include "str_util.h"
#include "types.h"

namespace ls {

namespace {

// ---- access helpers -----------------------------------------------------------------------

bool is_str(VM& vm, const Value& v) { return v.is_obj() && (v.obj()->type == vm.t.str || vm.isinstance(v, vm.t.str)); }

StrObject* self_str(VM& vm, Args args, const char* method) {
    std::string m = method;
    if (args.size() == 0) vm.type_error("descriptor '" + m + "' of 'str' object needs an argument");
    if (!is_str(vm, args[0])) {
        if (m.rfind("__", 0) == 0)
            vm.type_error("descriptor '" + m + "' requires a 'str' object but received a '" + vm.type_name(args[0]) + "'");
        vm.type_error("descriptor '" + m + "' for 'str' objects doesn't apply to a '" + vm.type_name(args[0]) + "' object");
    }
    return as_str(args[0]);
}

size_t cp_len(const StrObject* o) {
    if (o->ascii) return o->s.size();
    if (o->length_cache < 0) o->length_cache = static_cast<int64_t>(utf8_length(o->s));
    return static_cast<size_t>(o->length_cache);
}

size_t byte_of(const StrObject* o, size_t cp) { return o->ascii ? cp : utf8_offset(o->s, cp); }
size_t cp_of(const StrObject* o, size_t byte) {
    return o->ascii ? byte : utf8_length(std::string_view(o->s).substr(0, byte));
}

Value make_str(VM& vm, std::string s) { return vm.str(std::move(s)); }

// "split() takes at most 2 arguments (3 given)" (methods with keyword arguments)
void at_most(VM& vm, Args args, const char* name, size_t max) {
    size_t n = args.size() - 1 + (args.kw ? args.kw->size() : 0);
    if (n > max)
        vm.type_error(std::string(name) + "() takes at most " + std::to_string(max) + " argument" +
                      (max == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
}

// Positional-or-keyword argument `pos` (1-based after self) named `name`.
const Value* arg_or_kw(VM& vm, Args args, size_t pos, const char* name) {
    if (args.size() > pos) return &args[pos];
    return vm.kwarg(args, name);
}

// "find() takes at least 1 argument (0 given)" (the wording of str's older METH_VARARGS methods)
void takes_between(VM& vm, Args args, const char* name, size_t min, size_t max) {
    size_t n = args.size() - 1;
    if (n >= min && n <= max) return;
    size_t shown = n < min ? min : max;
    vm.type_error(std::string(name) + "() takes " + (n < min ? "at least " : "at most ") + std::to_string(shown) +
                  " argument" + (shown == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
}

StrObject* str_arg(VM& vm, const Value& v, const std::string& what) {
    if (!is_str(vm, v)) vm.type_error(what + vm.type_name(v));
    return as_str(v);
}

// Optional start/end arguments (slice semantics, None allowed) as code-point positions.
void adjust_range(VM& vm, Args args, size_t first, size_t len, int64_t& start, int64_t& end) {
    start = 0;
    end = static_cast<int64_t>(len);
    int64_t v;
    if (args.size() > first && slice_component(vm, args[first], v)) start = v;
    if (args.size() > first + 1 && slice_component(vm, args[first + 1], v)) end = v;
    int64_t n = static_cast<int64_t>(len);
    if (end > n) end = n;
    else if (end < 0) { end += n; if (end < 0) end = 0; }
    if (start < 0) { start += n; if (start < 0) start = 0; }
}

// ---- operators ----------------------------------------------------------------------------

bool user_reflects(VM& vm, const Value& other, const char* rname) {
    TypeObject* t = vm.type_of(other);
    return !t->is_builtin && vm.lookup_type(t, rname).has_value();
}

Value str_add(VM& vm, Args args) {
    StrObject* a = self_str(vm, args, "__add__");
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() - 1));
    if (!is_str(vm, args[1])) {
        if (user_reflects(vm, args[1], "__radd__")) return vm.NotImplemented;
        vm.type_error("can only concatenate str (not \"" + vm.type_name(args[1]) + "\") to str");
    }
    const std::string& b = as_str(args[1])->s;
    vm.reserve_bytes(a->s.size() + b.size());
    return make_str(vm, a->s + b);
}

Value repeat(VM& vm, StrObject* s, const Value& count) {
    int64_t n = vm.to_index(count);
    if (n <= 0 || s->s.empty()) return make_str(vm, "");
    if (static_cast<double>(n) * static_cast<double>(s->s.size()) > 9e18) vm.memory_error();
    vm.reserve_bytes(static_cast<size_t>(n) * s->s.size());
    std::string out;
    out.reserve(static_cast<size_t>(n) * s->s.size());
    for (int64_t i = 0; i < n; ++i) out += s->s;
    return make_str(vm, std::move(out));
}

Value str_mul(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "__mul__");
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() - 1));
    const Value& n = args[1];
    if (!is_int_value(n) && !vm.lookup_type(vm.type_of(n), "__index__")) {
        if (user_reflects(vm, n, "__rmul__")) return vm.NotImplemented;
        vm.type_error("can't multiply sequence by non-int of type '" + vm.type_name(n) + "'");
    }
    return repeat(vm, s, n);
}

Value str_mod(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "__mod__");
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() - 1));
    return make_str(vm, percent_format(vm, s->s, args[1]));
}

Value str_rmod(VM& vm, Args args) {
    (void)args;
    return vm.NotImplemented;
}

Value str_contains(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "__contains__");
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() - 1));
    if (!is_str(vm, args[1]))
        vm.type_error("'in <string>' requires string as left operand, not " + vm.type_name(args[1]));
    return Value::boolean(s->s.find(as_str(args[1])->s) != std::string::npos);
}

Value str_len(VM& vm, Args args) { return Value::integer(static_cast<int64_t>(cp_len(self_str(vm, args, "__len__")))); }

Value str_getitem(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "__getitem__");
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() - 1));
    const Value& key = args[1];
    size_t len = cp_len(s);
    if (is_slice(vm, key)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, key.as<SliceObject>(), static_cast<int64_t>(len), start, stop, step);
        if (n <= 0) return make_str(vm, "");
        if (step == 1) {
            size_t b0 = byte_of(s, static_cast<size_t>(start));
            size_t b1 = s->ascii ? static_cast<size_t>(stop) : b0 + utf8_offset(std::string_view(s->s).substr(b0), static_cast<size_t>(n));
            return make_str(vm, s->s.substr(b0, b1 - b0));
        }
        std::string out;
        if (s->ascii) {
            for (int64_t i = 0, p = start; i < n; ++i, p += step) out += s->s[static_cast<size_t>(p)];
        } else {
            std::u32string u = utf8_to_u32(s->s);
            for (int64_t i = 0, p = start; i < n; ++i, p += step) utf8_append(out, u[static_cast<size_t>(p)]);
        }
        return make_str(vm, std::move(out));
    }
    if (!is_int_value(key) && !vm.lookup_type(vm.type_of(key), "__index__"))
        vm.type_error("string indices must be integers, not '" + vm.type_name(key) + "'");
    if (!is_small_int(key) && is_int_value(key)) vm.index_error("cannot fit 'int' into an index-sized integer");
    int64_t i = vm.to_index(key);
    if (i < 0) i += static_cast<int64_t>(len);
    if (i < 0 || i >= static_cast<int64_t>(len)) vm.index_error("string index out of range");
    size_t b = byte_of(s, static_cast<size_t>(i));
    size_t e = b;
    utf8_decode(s->s, e);
    return make_str(vm, s->s.substr(b, e - b));
}

Value str_iter(VM& vm, Args args) {
    self_str(vm, args, "__iter__");
    return new_seq_iter(vm, args[0], kIterStr);
}

Value str_hash_method(VM& vm, Args args) { return Value::integer(str_hash(self_str(vm, args, "__hash__"))); }

// Code-point order equals UTF-8 byte order, so std::string comparison is exact.
template <CompareOp op>
Value str_compare(VM& vm, Args args) {
    StrObject* a = self_str(vm, args, "__eq__");
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() - 1));
    if (!is_str(vm, args[1])) return vm.NotImplemented;
    int c = a->s.compare(as_str(args[1])->s);
    switch (op) {
        case CompareOp::Lt: return Value::boolean(c < 0);
        case CompareOp::Le: return Value::boolean(c <= 0);
        case CompareOp::Eq: return Value::boolean(c == 0);
        case CompareOp::Ne: return Value::boolean(c != 0);
        case CompareOp::Gt: return Value::boolean(c > 0);
        case CompareOp::Ge: return Value::boolean(c >= 0);
    }
    return vm.NotImplemented;
}

Value str_repr_method(VM& vm, Args args) { return make_str(vm, str_repr(self_str(vm, args, "__repr__")->s)); }

Value str_str(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "__str__");
    if (args[0].obj()->type == vm.t.str) return args[0];
    return make_str(vm, s->s);
}

Value str_format_method(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "__format__");
    if (args.size() != 2 || !is_str(vm, args[1]))
        vm.type_error("__format__() argument must be str, not " + (args.size() > 1 ? vm.type_name(args[1]) : std::string("nothing")));
    try {
        return make_str(vm, format_str(s->s, as_str(args[1])->s));
    } catch (const FormatError& e) {
        raise_format_error(vm, e);
    }
}

std::string decode_bytes(VM& vm, const std::string& data, const std::string& encoding, const std::string& errors);

// str(object='') / str(bytes, encoding='utf-8', errors='strict')
Value str_new(VM& vm, Args args) {
    TypeObject* cls = new_class_arg(vm, args, vm.t.str);
    const Value* obj = arg_or_kw(vm, args, 1, "object");
    const Value* enc = arg_or_kw(vm, args, 2, "encoding");
    const Value* err = arg_or_kw(vm, args, 3, "errors");
    if (args.size() > 4) vm.type_error("str() takes at most 3 arguments (" + std::to_string(args.size() - 1) + " given)");
    std::string text;
    if (enc && !is_str(vm, *enc)) vm.type_error("str() argument 'encoding' must be str, not " + vm.type_name(*enc));
    if (err && !is_str(vm, *err)) vm.type_error("str() argument 'errors' must be str, not " + vm.type_name(*err));
    if (enc || err) {
        if (!obj) text = "";
        else if (obj->is_obj() && vm.isinstance(*obj, vm.t.bytes))
            text = decode_bytes(vm, obj->as<BytesObject>()->data, enc ? vm.to_str(*enc) : "utf-8", err ? vm.to_str(*err) : "strict");
        else if (is_str(vm, *obj)) vm.type_error("decoding str is not supported");
        else vm.type_error("decoding to str: need a bytes-like object, " + vm.type_name(*obj) + " found");
    } else if (obj) {
        if (cls == vm.t.str && obj->is_obj() && obj->obj()->type == vm.t.str) return *obj;
        text = vm.to_str(*obj);
    }
    if (cls == vm.t.str) return make_str(vm, std::move(text));
    return Value(make<StrObject>(cls, std::move(text)));
}

// ---- searching ----------------------------------------------------------------------------

// Finds `sub` in s[start:end] (code points); returns the code-point index or -1.
int64_t find_in(const StrObject* s, std::string_view sub, int64_t start, int64_t end, bool reverse) {
    if (start > end) return -1;
    if (static_cast<size_t>(start) > cp_len(s)) return -1;
    size_t b0 = byte_of(s, static_cast<size_t>(start));
    size_t b1 = s->ascii ? static_cast<size_t>(end) : b0 + utf8_offset(std::string_view(s->s).substr(b0), static_cast<size_t>(end - start));
    std::string_view hay = std::string_view(s->s).substr(b0, b1 - b0);
    size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
    if (pos == std::string_view::npos) return -1;
    return static_cast<int64_t>(cp_of(s, b0 + pos));
}

int64_t find_common(VM& vm, Args args, const char* name, bool reverse) {
    StrObject* s = self_str(vm, args, name);
    arg_no_kw(vm, args, std::string("str.") + name);
    takes_between(vm, args, name, 1, 3);
    StrObject* sub = str_arg(vm, args[1], std::string("must be str, not "));
    int64_t start, end;
    adjust_range(vm, args, 2, cp_len(s), start, end);
    return find_in(s, sub->s, start, end, reverse);
}

Value str_find(VM& vm, Args args) { return Value::integer(find_common(vm, args, "find", false)); }
Value str_rfind(VM& vm, Args args) { return Value::integer(find_common(vm, args, "rfind", true)); }
Value str_index(VM& vm, Args args) {
    int64_t r = find_common(vm, args, "index", false);
    if (r < 0) vm.value_error("substring not found");
    return Value::integer(r);
}
Value str_rindex(VM& vm, Args args) {
    int64_t r = find_common(vm, args, "rindex", true);
    if (r < 0) vm.value_error("substring not found");
    return Value::integer(r);
}

Value str_count(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "count");
    arg_no_kw(vm, args, "str.count");
    takes_between(vm, args, "count", 1, 3);
    StrObject* sub = str_arg(vm, args[1], "must be str, not ");
    int64_t start, end;
    adjust_range(vm, args, 2, cp_len(s), start, end);
    if (start > end || static_cast<size_t>(start) > cp_len(s)) return Value::integer(0);
    if (sub->s.empty()) return Value::integer(end - start + 1);
    size_t b0 = byte_of(s, static_cast<size_t>(start));
    size_t b1 = byte_of(s, static_cast<size_t>(end));
    std::string_view hay = std::string_view(s->s).substr(b0, b1 - b0);
    int64_t n = 0;
    for (size_t p = hay.find(sub->s); p != std::string_view::npos; p = hay.find(sub->s, p + sub->s.size())) ++n;
    return Value::integer(n);
}

Value starts_or_ends(VM& vm, Args args, const char* name, bool ends) {
    StrObject* s = self_str(vm, args, name);
    arg_no_kw(vm, args, std::string("str.") + name);
    takes_between(vm, args, name, 1, 3);
    int64_t start, end;
    adjust_range(vm, args, 2, cp_len(s), start, end);
    std::vector<Value> candidates;
    if (args[1].is_obj() && vm.isinstance(args[1], vm.t.tuple)) {
        candidates = args[1].as<TupleObject>()->items;
        for (const Value& c : candidates)
            if (!is_str(vm, c))
                vm.type_error(std::string("tuple for ") + name + " must only contain str, not " + vm.type_name(c));
    } else if (is_str(vm, args[1])) {
        candidates.push_back(args[1]);
    } else {
        vm.type_error(std::string(name) + " first arg must be str or a tuple of str, not " + vm.type_name(args[1]));
    }
    if (start > static_cast<int64_t>(cp_len(s))) return Value::boolean(false);
    size_t b0 = byte_of(s, static_cast<size_t>(start));
    size_t b1 = byte_of(s, static_cast<size_t>(std::max(end, start)));
    std::string_view part = std::string_view(s->s).substr(b0, b1 - b0);
    for (const Value& c : candidates) {
        std::string_view p = as_str(c)->s;
        if (start > end) continue;
        if (ends ? (part.size() >= p.size() && part.substr(part.size() - p.size()) == p)
                 : part.substr(0, p.size()) == p)
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value str_startswith(VM& vm, Args args) { return starts_or_ends(vm, args, "startswith", false); }
Value str_endswith(VM& vm, Args args) { return starts_or_ends(vm, args, "endswith", true); }

// ---- splitting and joining ----------------------------------------------------------------

Value str_join(VM& vm, Args args) {
    StrObject* sep = self_str(vm, args, "join");
    arg_exactly_one(vm, args, "str.join");
    std::vector<Value> items = vm.to_vector(args[1]);
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_str(vm, items[i]))
            vm.type_error("sequence item " + std::to_string(i) + ": expected str instance, " + vm.type_name(items[i]) + " found");
        if (i) out += sep->s;
        out += as_str(items[i])->s;
    }
    return make_str(vm, std::move(out));
}

// Reads split's (sep=None, maxsplit=-1).
void split_args(VM& vm, Args args, const char* name, const StrObject*& sep, int64_t& maxsplit) {
    at_most(vm, args, name, 2);
    arg_kw_only(vm, args, name, {"sep", "maxsplit"});
    const Value* s = arg_or_kw(vm, args, 1, "sep");
    const Value* m = arg_or_kw(vm, args, 2, "maxsplit");
    sep = nullptr;
    if (s && !s->is_none()) {
        sep = str_arg(vm, *s, "must be str or None, not ");
        if (sep->s.empty()) vm.value_error("empty separator");
    }
    maxsplit = m ? vm.to_index(*m) : -1;
    if (maxsplit < 0) maxsplit = INT64_MAX;
}

// Splits on runs of whitespace (code points), left to right or right to left.
std::vector<std::string> split_whitespace(std::string_view s, int64_t maxsplit, bool from_right) {
    std::u32string u = utf8_to_u32(s);
    std::vector<std::string> parts;
    if (!from_right) {
        size_t i = 0, n = u.size();
        while (true) {
            while (i < n && uc_is_space(u[i])) ++i;
            if (i >= n) break;
            if (static_cast<int64_t>(parts.size()) == maxsplit) {
                parts.push_back(u32_to_utf8(u.substr(i)));  // the rest keeps its trailing space
                break;
            }
            size_t j = i;
            while (j < n && !uc_is_space(u[j])) ++j;
            parts.push_back(u32_to_utf8(u.substr(i, j - i)));
            i = j;
        }
    } else {
        size_t e = u.size();
        while (true) {
            while (e > 0 && uc_is_space(u[e - 1])) --e;
            if (e == 0) break;
            if (static_cast<int64_t>(parts.size()) == maxsplit) {
                parts.push_back(u32_to_utf8(u.substr(0, e)));  // the rest keeps its leading space
                break;
            }
            size_t b = e;
            while (b > 0 && !uc_is_space(u[b - 1])) --b;
            parts.push_back(u32_to_utf8(u.substr(b, e - b)));
            e = b;
        }
        std::reverse(parts.begin(), parts.end());
    }
    return parts;
}

Value parts_to_list(VM& vm, const std::vector<std::string>& parts) {
    std::vector<Value> items;
    items.reserve(parts.size());
    for (const std::string& p : parts) items.push_back(make_str(vm, p));
    return vm.list(std::move(items));
}

Value str_split(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "split");
    const StrObject* sep;
    int64_t maxsplit;
    split_args(vm, args, "split", sep, maxsplit);
    if (!sep) return parts_to_list(vm, split_whitespace(s->s, maxsplit, false));
    std::vector<std::string> parts;
    std::string_view text = s->s;
    size_t pos = 0;
    while (static_cast<int64_t>(parts.size()) < maxsplit) {
        size_t f = text.find(sep->s, pos);
        if (f == std::string_view::npos) break;
        parts.emplace_back(text.substr(pos, f - pos));
        pos = f + sep->s.size();
    }
    parts.emplace_back(text.substr(pos));
    return parts_to_list(vm, parts);
}

Value str_rsplit(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "rsplit");
    const StrObject* sep;
    int64_t maxsplit;
    split_args(vm, args, "rsplit", sep, maxsplit);
    if (!sep) return parts_to_list(vm, split_whitespace(s->s, maxsplit, true));
    std::vector<std::string> parts;
    std::string_view text = s->s;
    size_t end = text.size();
    while (static_cast<int64_t>(parts.size()) < maxsplit && end >= sep->s.size()) {
        size_t f = text.rfind(sep->s, end - sep->s.size());
        if (f == std::string_view::npos) break;
        parts.emplace_back(text.substr(f + sep->s.size(), end - f - sep->s.size()));
        end = f;
    }
    parts.emplace_back(text.substr(0, end));
    std::reverse(parts.begin(), parts.end());
    return parts_to_list(vm, parts);
}

bool is_line_break(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}

Value str_splitlines(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "splitlines");
    at_most(vm, args, "splitlines", 1);
    const Value* k = arg_or_kw(vm, args, 1, "keepends");
    bool keep = k && vm.truthy(*k);
    std::vector<std::string> parts;
    std::string_view text = s->s;
    size_t i = 0, line_start = 0;
    while (i < text.size()) {
        size_t at = i;
        char32_t c = utf8_decode(text, i);
        if (!is_line_break(c)) continue;
        size_t after = i;
        if (c == '\r' && i < text.size() && text[i] == '\n') after = ++i;
        parts.emplace_back(text.substr(line_start, (keep ? after : at) - line_start));
        line_start = after;
    }
    if (line_start < text.size()) parts.emplace_back(text.substr(line_start));
    return parts_to_list(vm, parts);
}

Value partition_common(VM& vm, Args args, const char* name, bool reverse) {
    StrObject* s = self_str(vm, args, name);
    arg_exactly_one(vm, args, std::string("str.") + name);
    StrObject* sep = str_arg(vm, args[1], "must be str, not ");
    if (sep->s.empty()) vm.value_error("empty separator");
    size_t f = reverse ? s->s.rfind(sep->s) : s->s.find(sep->s);
    if (f == std::string::npos) {
        if (reverse) return vm.tuple({make_str(vm, ""), make_str(vm, ""), args[0]});
        return vm.tuple({args[0], make_str(vm, ""), make_str(vm, "")});
    }
    return vm.tuple({make_str(vm, s->s.substr(0, f)), args[1], make_str(vm, s->s.substr(f + sep->s.size()))});
}

Value str_partition(VM& vm, Args args) { return partition_common(vm, args, "partition", false); }
Value str_rpartition(VM& vm, Args args) { return partition_common(vm, args, "rpartition", true); }

// ---- stripping and replacing --------------------------------------------------------------

Value strip_common(VM& vm, Args args, const char* name, bool left, bool right) {
    StrObject* s = self_str(vm, args, name);
    arg_no_kw(vm, args, std::string("str.") + name);
    arg_count(vm, args, name, 0, 1);
    std::u32string chars;
    bool whitespace = true;
    if (args.size() > 1 && !args[1].is_none()) {
        if (!is_str(vm, args[1])) vm.type_error(std::string(name) + " arg must be None or str");
        chars = utf8_to_u32(as_str(args[1])->s);
        whitespace = false;
    }
    if (s->ascii && is_ascii(u32_to_utf8(chars))) {
        // Byte fast path: ASCII text stripped of ASCII characters.
        auto strip_byte = [&](char c) {
            return whitespace ? uc_is_space(static_cast<unsigned char>(c)) : chars.find(static_cast<char32_t>(c)) != std::u32string::npos;
        };
        size_t b = 0, e = s->s.size();
        if (left) while (b < e && strip_byte(s->s[b])) ++b;
        if (right) while (e > b && strip_byte(s->s[e - 1])) --e;
        if (b == 0 && e == s->s.size() && args[0].obj()->type == vm.t.str) return args[0];
        return make_str(vm, s->s.substr(b, e - b));
    }
    auto strip_it = [&](char32_t c) {
        return whitespace ? uc_is_space(c) : chars.find(c) != std::u32string::npos;
    };
    std::u32string u = utf8_to_u32(s->s);
    size_t b = 0, e = u.size();
    if (left) while (b < e && strip_it(u[b])) ++b;
    if (right) while (e > b && strip_it(u[e - 1])) --e;
    if (b == 0 && e == u.size() && args[0].obj()->type == vm.t.str) return args[0];
    return make_str(vm, u32_to_utf8(u.substr(b, e - b)));
}

Value str_strip(VM& vm, Args args) { return strip_common(vm, args, "strip", true, true); }
Value str_lstrip(VM& vm, Args args) { return strip_common(vm, args, "lstrip", true, false); }
Value str_rstrip(VM& vm, Args args) { return strip_common(vm, args, "rstrip", false, true); }

Value str_replace(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "replace");
    arg_no_kw(vm, args, "str.replace");
    arg_count(vm, args, "replace", 2, 3);
    StrObject* old_s = str_arg(vm, args[1], "replace() argument 1 must be str, not ");
    StrObject* new_s = str_arg(vm, args[2], "replace() argument 2 must be str, not ");
    int64_t count = args.size() > 3 ? vm.to_index(args[3]) : -1;
    if (count < 0) count = INT64_MAX;
    std::string out;
    const std::string& text = s->s;
    if (old_s->s.empty()) {
        // Insert between every code point (and at both ends).
        int64_t done = 0;
        size_t i = 0;
        if (done < count) { out += new_s->s; ++done; }
        while (i < text.size()) {
            size_t b = i;
            utf8_decode(text, i);
            out.append(text, b, i - b);
            if (done < count && i <= text.size()) { out += new_s->s; ++done; }
        }
        return make_str(vm, std::move(out));
    }
    size_t pos = 0;
    int64_t done = 0;
    while (done < count) {
        size_t f = text.find(old_s->s, pos);
        if (f == std::string::npos) break;
        out.append(text, pos, f - pos);
        out += new_s->s;
        pos = f + old_s->s.size();
        ++done;
        if (out.size() > (size_t{1} << 24)) vm.reserve_bytes(out.size());
    }
    out.append(text, pos, std::string::npos);
    return make_str(vm, std::move(out));
}

Value affix_common(VM& vm, Args args, const char* name, bool prefix) {
    StrObject* s = self_str(vm, args, name);
    arg_exactly_one(vm, args, std::string("str.") + name);
    StrObject* a = str_arg(vm, args[1], std::string(name) + "() argument must be str, not ");
    std::string_view t = s->s, p = a->s;
    if (prefix && t.substr(0, p.size()) == p) return make_str(vm, std::string(t.substr(p.size())));
    if (!prefix && !p.empty() && t.size() >= p.size() && t.substr(t.size() - p.size()) == p)
        return make_str(vm, std::string(t.substr(0, t.size() - p.size())));
    return args[0];
}

Value str_removeprefix(VM& vm, Args args) { return affix_common(vm, args, "removeprefix", true); }
Value str_removesuffix(VM& vm, Args args) { return affix_common(vm, args, "removesuffix", false); }

// ---- case ---------------------------------------------------------------------------------

template <void (*Map)(std::u32string&, char32_t)>
Value map_chars(VM& vm, Args args, const char* name) {
    StrObject* s = self_str(vm, args, name);
    arg_none(vm, args, std::string("str.") + name);
    if (s->ascii) {
        std::string out = s->s;
        for (char& c : out) {
            std::u32string m;
            Map(m, static_cast<unsigned char>(c));
            c = static_cast<char>(m[0]);
        }
        return make_str(vm, std::move(out));
    }
    std::u32string out;
    for (char32_t c : utf8_to_u32(s->s)) Map(out, c);
    return make_str(vm, u32_to_utf8(out));
}

// Greek capital sigma lowers to final sigma at the end of a word.
void lower_with_final_sigma(std::u32string& out, const std::u32string& u) {
    for (size_t i = 0; i < u.size(); ++i) {
        char32_t c = u[i];
        if (c == 0x3A3) {
            bool cased_before = false, cased_after = false;
            for (size_t j = i; j-- > 0;) { if (uc_is_cased(u[j])) { cased_before = true; break; } if (u[j] != '\'' ) break; }
            for (size_t j = i + 1; j < u.size(); ++j) { if (uc_is_cased(u[j])) { cased_after = true; } break; }
            out += (cased_before && !cased_after) ? char32_t(0x3C2) : char32_t(0x3C3);
            continue;
        }
        uc_append_lower(out, c);
    }
}

Value str_upper(VM& vm, Args args) { return map_chars<uc_append_upper>(vm, args, "upper"); }
Value str_lower(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "lower");
    if (!s->ascii && s->s.find("\xCE\xA3") != std::string::npos) {
        arg_none(vm, args, "str.lower");
        std::u32string out;
        lower_with_final_sigma(out, utf8_to_u32(s->s));
        return make_str(vm, u32_to_utf8(out));
    }
    return map_chars<uc_append_lower>(vm, args, "lower");
}
Value str_casefold(VM& vm, Args args) { return map_chars<uc_append_casefold>(vm, args, "casefold"); }

void swap_case(std::u32string& out, char32_t c) {
    if (uc_is_upper(c)) uc_append_lower(out, c);
    else if (uc_is_lower(c)) uc_append_upper(out, c);
    else out += c;
}
Value str_swapcase(VM& vm, Args args) { return map_chars<swap_case>(vm, args, "swapcase"); }

Value str_title(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "title");
    arg_none(vm, args, "str.title");
    std::u32string out;
    bool prev_cased = false;
    for (char32_t c : utf8_to_u32(s->s)) {
        if (prev_cased) uc_append_lower(out, c);
        else uc_append_title(out, c);
        prev_cased = uc_is_cased(c);
    }
    return make_str(vm, u32_to_utf8(out));
}

Value str_capitalize(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "capitalize");
    arg_none(vm, args, "str.capitalize");
    std::u32string u = utf8_to_u32(s->s), out;
    for (size_t i = 0; i < u.size(); ++i) {
        if (i == 0) uc_append_title(out, u[i]);
        else uc_append_lower(out, u[i]);
    }
    return make_str(vm, u32_to_utf8(out));
}

// ---- padding ------------------------------------------------------------------------------

std::string fill_char(VM& vm, Args args, size_t pos, const char* name) {
    if (args.size() <= pos) return " ";
    if (!is_str(vm, args[pos]))
        vm.type_error(std::string(name) + "() argument 2 must be str, not " + vm.type_name(args[pos]));
    const std::string& f = as_str(args[pos])->s;
    if (utf8_length(f) != 1) vm.type_error("The fill character must be exactly one character long");
    return f;
}

std::string repeat_text(const std::string& s, int64_t n) {
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += s;
    return out;
}

Value justify(VM& vm, Args args, const char* name, char how) {
    StrObject* s = self_str(vm, args, name);
    arg_no_kw(vm, args, std::string("str.") + name);
    arg_count(vm, args, name, 1, 2);
    int64_t width = vm.to_index(args[1]);
    std::string fill = fill_char(vm, args, 2, name);
    int64_t len = static_cast<int64_t>(cp_len(s));
    if (width <= len) return args[0].obj()->type == vm.t.str ? args[0] : make_str(vm, s->s);
    vm.reserve_bytes(static_cast<size_t>(width) * fill.size());
    int64_t marg = width - len;
    int64_t left = 0;
    if (how == '<') left = 0;
    else if (how == '>') left = marg;
    else left = marg / 2 + (marg & width & 1);  // CPython's centring rule
    return make_str(vm, repeat_text(fill, left) + s->s + repeat_text(fill, marg - left));
}

Value str_ljust(VM& vm, Args args) { return justify(vm, args, "ljust", '<'); }
Value str_rjust(VM& vm, Args args) { return justify(vm, args, "rjust", '>'); }
Value str_center(VM& vm, Args args) { return justify(vm, args, "center", '^'); }

Value str_zfill(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "zfill");
    arg_exactly_one(vm, args, "str.zfill");
    int64_t width = vm.to_index(args[1]);
    int64_t len = static_cast<int64_t>(cp_len(s));
    if (width <= len) return args[0];
    std::string out = s->s;
    size_t at = (!out.empty() && (out[0] == '+' || out[0] == '-')) ? 1 : 0;
    out.insert(at, static_cast<size_t>(width - len), '0');
    return make_str(vm, std::move(out));
}

Value str_expandtabs(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "expandtabs");
    at_most(vm, args, "expandtabs", 1);
    const Value* t = arg_or_kw(vm, args, 1, "tabsize");
    int64_t tab = t ? vm.to_index(*t) : 8;
    std::string out;
    int64_t col = 0;
    for (size_t i = 0; i < s->s.size();) {
        size_t b = i;
        char32_t c = utf8_decode(s->s, i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                out.append(static_cast<size_t>(n), ' ');
                col += n;
            }
        } else {
            out.append(s->s, b, i - b);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return make_str(vm, std::move(out));
}

// ---- predicates ---------------------------------------------------------------------------

template <bool (*Pred)(char32_t)>
Value all_chars(VM& vm, Args args, const char* name) {
    StrObject* s = self_str(vm, args, name);
    arg_none(vm, args, std::string("str.") + name);
    if (s->s.empty()) return Value::boolean(false);
    for (size_t i = 0; i < s->s.size();)
        if (!Pred(utf8_decode(s->s, i))) return Value::boolean(false);
    return Value::boolean(true);
}

Value str_isdigit(VM& vm, Args args) { return all_chars<uc_is_digit>(vm, args, "isdigit"); }
Value str_isdecimal(VM& vm, Args args) { return all_chars<uc_is_decimal>(vm, args, "isdecimal"); }
Value str_isnumeric(VM& vm, Args args) { return all_chars<uc_is_numeric>(vm, args, "isnumeric"); }
Value str_isalpha(VM& vm, Args args) { return all_chars<uc_is_alpha>(vm, args, "isalpha"); }
Value str_isalnum(VM& vm, Args args) { return all_chars<uc_is_alnum>(vm, args, "isalnum"); }
Value str_isspace(VM& vm, Args args) { return all_chars<uc_is_space>(vm, args, "isspace"); }
Value str_isprintable(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "isprintable");
    arg_none(vm, args, "str.isprintable");
    for (size_t i = 0; i < s->s.size();)
        if (!uc_is_printable(utf8_decode(s->s, i))) return Value::boolean(false);
    return Value::boolean(true);
}
Value str_isascii(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "isascii");
    arg_none(vm, args, "str.isascii");
    return Value::boolean(s->ascii);
}

Value case_check(VM& vm, Args args, const char* name, bool upper) {
    StrObject* s = self_str(vm, args, name);
    arg_none(vm, args, std::string("str.") + name);
    bool cased = false;
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        if (upper ? uc_is_lower(c) : uc_is_upper(c)) return Value::boolean(false);
        if (upper ? uc_is_upper(c) : uc_is_lower(c)) cased = true;
        if (c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2) return Value::boolean(false);
    }
    return Value::boolean(cased);
}
Value str_isupper(VM& vm, Args args) { return case_check(vm, args, "isupper", true); }
Value str_islower(VM& vm, Args args) { return case_check(vm, args, "islower", false); }

Value str_istitle(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "istitle");
    arg_none(vm, args, "str.istitle");
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        bool title = c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2;
        if (uc_is_upper(c) || title) {
            if (prev_cased) return Value::boolean(false);
            prev_cased = cased = true;
        } else if (uc_is_lower(c)) {
            if (!prev_cased) return Value::boolean(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return Value::boolean(cased);
}

Value str_isidentifier(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "isidentifier");
    arg_none(vm, args, "str.isidentifier");
    if (s->s.empty()) return Value::boolean(false);
    size_t i = 0;
    if (!uc_is_id_start(utf8_decode(s->s, i))) return Value::boolean(false);
    while (i < s->s.size())
        if (!uc_is_id_continue(utf8_decode(s->s, i))) return Value::boolean(false);
    return Value::boolean(true);
}

// ---- encoding, formatting, translation ----------------------------------------------------

Value str_encode(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "encode");
    at_most(vm, args, "encode", 2);
    const Value* e = arg_or_kw(vm, args, 1, "encoding");
    const Value* er = arg_or_kw(vm, args, 2, "errors");
    std::string enc = e ? vm.to_str(*e) : "utf-8";
    std::string errors = er ? vm.to_str(*er) : "strict";
    std::string norm;
    for (char c : enc) norm += (c == '_') ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (norm == "utf-8" || norm == "utf8") return Value(make<BytesObject>(vm.t.bytes, s->s));
    bool ascii = norm == "ascii" || norm == "us-ascii";
    bool latin1 = norm == "latin-1" || norm == "latin1" || norm == "iso-8859-1" || norm == "iso8859-1";
    if (!ascii && !latin1) vm.raise(vm.e.LookupError, "unknown encoding: " + enc);
    char32_t limit = ascii ? 0x80 : 0x100;
    std::string out;
    size_t pos = 0;
    for (size_t i = 0; i < s->s.size(); ++pos) {
        char32_t c = utf8_decode(s->s, i);
        if (c < limit) { out += static_cast<char>(c); continue; }
        if (errors == "ignore") continue;
        if (errors == "replace") { out += '?'; continue; }
        std::string shown = str_ascii_repr(utf8_encode(c));
        vm.raise(vm.e.UnicodeEncodeError, "'" + std::string(ascii ? "ascii" : "latin-1") + "' codec can't encode character " +
                                              shown + " in position " + std::to_string(pos) + ": ordinal not in range(" +
                                              (ascii ? "128" : "256") + ")");
    }
    return Value(make<BytesObject>(vm.t.bytes, std::move(out)));
}

Value str_format_call(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "format");
    Args rest{args.v + 1, args.n - 1, args.kw};
    return make_str(vm, str_format(vm, s->s, rest));
}

Value str_format_map_call(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "format_map");
    arg_exactly_one(vm, args, "str.format_map");
    return make_str(vm, str_format_map(vm, s->s, args[1]));
}

Value str_translate(VM& vm, Args args) {
    StrObject* s = self_str(vm, args, "translate");
    arg_exactly_one(vm, args, "str.translate");
    std::string out;
    for (size_t i = 0; i < s->s.size();) {
        char32_t c = utf8_decode(s->s, i);
        Value r;
        try {
            r = vm.getitem(args[1], Value::integer(c));
        } catch (PyError& err) {
            if (!vm.isinstance(err.exc, vm.e.LookupError)) throw;
            utf8_append(out, c);
            continue;
        }
        if (r.is_none()) continue;
        if (is_int_value(r)) {
            int64_t cp = vm.to_index(r);
            if (cp < 0 || cp > 0x10FFFF) vm.value_error("character mapping must be in range(0x110000)");
            utf8_append(out, static_cast<char32_t>(cp));
        } else if (is_str(vm, r)) {
            out += as_str(r)->s;
        } else {
            vm.type_error("character mapping must return integer, None or str");
        }
    }
    return make_str(vm, std::move(out));
}

// str.maketrans(x[, y[, z]])
Value str_maketrans(VM& vm, Args args) {
    size_t n = args.size();
    auto table = vm.new_dict();
    if (n == 1) {
        const Value& x = args[0];
        if (!(x.is_obj() && vm.isinstance(x, vm.t.dict)))
            vm.type_error("if you give only one argument to maketrans it must be a dict");
        for (auto& e : x.as<DictObject>()->entries) {
            if (!e.used) continue;
            Value key = e.key;
            if (is_str(vm, key)) {
                if (utf8_length(as_str(key)->s) != 1) vm.value_error("string keys in translate table must be of length 1");
                size_t i = 0;
                key = Value::integer(utf8_decode(as_str(key)->s, i));
            } else if (!is_int_value(key)) {
                vm.type_error("keys in translate table must be strings or integers");
            }
            dict_set(vm, table.get(), key, e.value);
        }
        return Value(table);
    }
    if (n == 0) vm.type_error("maketrans expected at least 1 argument, got 0");
    if (n > 3) vm.type_error("maketrans expected at most 3 arguments, got " + std::to_string(n));
    if (!is_str(vm, args[0])) vm.type_error("first maketrans argument must be a string if there is a second argument");
    std::u32string x = utf8_to_u32(as_str(args[0])->s);
    std::u32string y = utf8_to_u32(str_arg(vm, args[1], "maketrans() argument 2 must be str, not ")->s);
    if (x.size() != y.size()) vm.value_error("the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < x.size(); ++i) dict_set(vm, table.get(), Value::integer(x[i]), Value::integer(y[i]));
    if (n == 3) {
        for (char32_t c : utf8_to_u32(str_arg(vm, args[2], "maketrans() argument 3 must be str, not ")->s))
            dict_set(vm, table.get(), Value::integer(c), Value::none());
    }
    return Value(table);
}

Value str_getnewargs(VM& vm, Args args) { return vm.tuple({make_str(vm, self_str(vm, args, "__getnewargs__")->s)}); }

}  // namespace

// bytes.decode and str(bytes, encoding) share this (declared in types_bytes.cpp's users).
std::string decode_bytes_text(VM& vm, const std::string& data, const std::string& encoding, const std::string& errors);

namespace {
std::string decode_bytes(VM& vm, const std::string& data, const std::string& encoding, const std::string& errors) {
    return decode_bytes_text(vm, data, encoding, errors);
}
}  // namespace

void init_str_type(VM& vm) {
    TypeObject* t = vm.t.str;
    vm.add_static(t, "__new__", str_new);
    vm.add_method(t, "__add__", str_add);
    vm.add_method(t, "__mul__", str_mul);
    vm.add_method(t, "__rmul__", str_mul);
    vm.add_method(t, "__mod__", str_mod);
    vm.add_method(t, "__rmod__", str_rmod);
    vm.add_method(t, "__contains__", str_contains);
    vm.add_method(t, "__len__", str_len);
    vm.add_method(t, "__getitem__", str_getitem);
    vm.add_method(t, "__iter__", str_iter);
    vm.add_method(t, "__hash__", str_hash_method);
    vm.add_method(t, "__eq__", str_compare<CompareOp::Eq>);
    vm.add_method(t, "__ne__", str_compare<CompareOp::Ne>);
    vm.add_method(t, "__lt__", str_compare<CompareOp::Lt>);
    vm.add_method(t, "__le__", str_compare<CompareOp::Le>);
    vm.add_method(t, "__gt__", str_compare<CompareOp::Gt>);
    vm.add_method(t, "__ge__", str_compare<CompareOp::Ge>);
    vm.add_method(t, "__repr__", str_repr_method);
    vm.add_method(t, "__str__", str_str);
    vm.add_method(t, "__format__", str_format_method);
    vm.add_method(t, "__getnewargs__", str_getnewargs);
    vm.add_method(t, "join", str_join);
    vm.add_method(t, "split", str_split);
    vm.add_method(t, "rsplit", str_rsplit);
    vm.add_method(t, "splitlines", str_splitlines);
    vm.add_method(t, "partition", str_partition);
    vm.add_method(t, "rpartition", str_rpartition);
    vm.add_method(t, "strip", str_strip);
    vm.add_method(t, "lstrip", str_lstrip);
    vm.add_method(t, "rstrip", str_rstrip);
    vm.add_method(t, "replace", str_replace);
    vm.add_method(t, "removeprefix", str_removeprefix);
    vm.add_method(t, "removesuffix", str_removesuffix);
    vm.add_method(t, "find", str_find);
    vm.add_method(t, "rfind", str_rfind);
    vm.add_method(t, "index", str_index);
    vm.add_method(t, "rindex", str_rindex);
    vm.add_method(t, "count", str_count);
    vm.add_method(t, "startswith", str_startswith);
    vm.add_method(t, "endswith", str_endswith);
    vm.add_method(t, "upper", str_upper);
    vm.add_method(t, "lower", str_lower);
    vm.add_method(t, "casefold", str_casefold);
    vm.add_method(t, "swapcase", str_swapcase);
    vm.add_method(t, "title", str_title);
    vm.add_method(t, "capitalize", str_capitalize);
    vm.add_method(t, "ljust", str_ljust);
    vm.add_method(t, "rjust", str_rjust);
    vm.add_method(t, "center", str_center);
    vm.add_method(t, "zfill", str_zfill);
    vm.add_method(t, "expandtabs", str_expandtabs);
    vm.add_method(t, "isdigit", str_isdigit);
    vm.add_method(t, "isdecimal", str_isdecimal);
    vm.add_method(t, "isnumeric", str_isnumeric);
    vm.add_method(t, "isalpha", str_isalpha);
    vm.add_method(t, "isalnum", str_isalnum);
    vm.add_method(t, "isspace", str_isspace);
    vm.add_method(t, "isprintable", str_isprintable);
    vm.add_method(t, "isascii", str_isascii);
    vm.add_method(t, "isupper", str_isupper);
    vm.add_method(t, "islower", str_islower);
    vm.add_method(t, "istitle", str_istitle);
    vm.add_method(t, "isidentifier", str_isidentifier);
    vm.add_method(t, "encode", str_encode);
    vm.add_method(t, "format", str_format_call);
    vm.add_method(t, "format_map", str_format_map_call);
    vm.add_method(t, "translate", str_translate);
    vm.add_static(t, "maketrans", str_maketrans);
}

}  // namespace ls
