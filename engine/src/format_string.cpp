// The VM-facing side of formatting: format(value, spec) dispatch for the builtin numbers and
// str, printf-style `%` formatting, and str.format's replacement fields. Messages are CPython's.
#include <cmath>

#include "format.h"
#include "number_util.h"
#include "vm.h"

namespace ls {

void raise_format_error(VM& vm, const FormatError& e) {
    switch (e.kind) {
        case FormatError::Type: vm.type_error(e.message);
        case FormatError::Overflow: vm.overflow_error(e.message);
        case FormatError::Memory: vm.memory_error();
        case FormatError::Value: break;
    }
    vm.value_error(e.message);
}

std::string format_value_with_spec(VM& vm, const Value& v, std::string_view spec) {
    try {
        if (is_int_value(v)) {
            if (spec.empty()) return vm.to_str(v);
            return format_int(int_to_mpz(v), spec, vm.type_name(v));
        }
        if (v.is_float()) return spec.empty() ? float_repr(v.as_float()) : format_float(v.as_float(), spec);
        if (v.is_obj() && vm.isinstance(v, vm.t.str)) return format_str(as_str(v)->s, spec);
    } catch (const FormatError& e) {
        raise_format_error(vm, e);
    }
    return vm.format(v, std::string(spec));
}

// ---- printf-style ---------------------------------------------------------------------------

namespace {

bool is_str(VM& vm, const Value& v) { return v.is_obj() && vm.isinstance(v, vm.t.str); }

std::string pad(std::string body, int64_t width, bool left, const std::string& fill = " ") {
    int64_t len = static_cast<int64_t>(utf8_length(body));
    if (width <= len) return body;
    std::string padding;
    for (int64_t i = 0; i < width - len; ++i) padding += fill;
    return left ? body + padding : padding + body;
}

struct PercentFlags {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    int64_t width = -1, precision = -1;
};

// Lays out sign + prefix + digits with the width, '-' and '0' flags.
std::string layout_numeric(const PercentFlags& f, bool negative, const std::string& prefix, const std::string& digits) {
    std::string sign = negative ? "-" : f.plus ? "+" : f.space ? " " : "";
    std::string head = sign + prefix;
    int64_t len = static_cast<int64_t>(head.size() + digits.size());
    if (f.width > len) {
        if (f.left) return head + digits + std::string(static_cast<size_t>(f.width - len), ' ');
        if (f.zero) return head + std::string(static_cast<size_t>(f.width - len), '0') + digits;
        return std::string(static_cast<size_t>(f.width - len), ' ') + head + digits;
    }
    return head + digits;
}

std::string percent_int(VM& vm, const PercentFlags& f, char type, const Value& arg) {
    Value v = arg;
    if (!is_int_value(v)) {
        bool decimal = type == 'd' || type == 'i' || type == 'u';
        // %d takes any real number (int(x)); %x and %o only integers (__index__).
        if (v.is_float() && decimal) {
            v = int_from_double(vm, v.as_float());
        } else if (auto in = decimal ? vm.lookup_type(vm.type_of(v), "__int__") : std::nullopt) {
            v = vm.call(*in, {v});
        } else if (auto idx = vm.lookup_type(vm.type_of(v), "__index__")) {
            v = vm.call(*idx, {v});
        } else if (decimal) {
            vm.type_error(std::string("%") + type + " format: a real number is required, not " + vm.type_name(arg));
        } else {
            vm.type_error(std::string("%") + type + " format: an integer is required, not " + vm.type_name(arg));
        }
    }
    mpz_class n = int_to_mpz(v);
    int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
    std::string digits;
    if (base == 10) digits = int_to_decimal(vm, mpz_class(abs(n)));
    else digits = mpz_class(abs(n)).get_str(base);
    if (type == 'X') for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (f.precision > static_cast<int64_t>(digits.size()))
        digits.insert(0, static_cast<size_t>(f.precision) - digits.size(), '0');
    std::string prefix;
    if (f.alt && base == 16) prefix = type == 'X' ? "0X" : "0x";
    if (f.alt && base == 8) prefix = "0o";
    return layout_numeric(f, n < 0, prefix, digits);
}

std::string percent_float(VM& vm, const PercentFlags& f, char type, const Value& arg) {
    double d;
    if (!real_to_double(vm, arg, d)) {
        if (auto fl = vm.lookup_type(vm.type_of(arg), "__float__")) d = vm.to_double(vm.call(*fl, {arg}));
        else vm.type_error("must be real number, not " + vm.type_name(arg));
    }
    int precision = f.precision < 0 ? 6 : static_cast<int>(f.precision);
    std::string text = format_abs_double(d, type, precision, f.alt, false);
    bool negative = std::signbit(d) && !std::isnan(d);
    return layout_numeric(f, negative, "", text);
}

std::string percent_char(VM& vm, const PercentFlags& f, const Value& arg) {
    std::string ch;
    if (is_str(vm, arg)) {
        if (utf8_length(as_str(arg)->s) != 1) vm.type_error("%c requires int or char");
        ch = as_str(arg)->s;
    } else if (is_int_value(arg)) {
        mpz_class n = int_to_mpz(arg);
        if (n < 0 || n > 0x10FFFF) vm.overflow_error("%c arg not in range(0x110000)");
        ch = utf8_encode(static_cast<char32_t>(n.get_ui()));
    } else {
        vm.type_error("%c requires int or char");
    }
    return pad(ch, f.width, f.left);
}

}  // namespace

// Widths and precisions beyond this would build strings past any memory budget.
constexpr int64_t kMaxFieldWidth = 100'000'000;

std::string percent_format(VM& vm, std::string_view fmt, const Value& args) {
    std::vector<Value> items;
    bool is_tuple = args.is_obj() && vm.isinstance(args, vm.t.tuple);
    if (is_tuple) items = args.as<TupleObject>()->items;
    else items.push_back(args);
    // A mapping argument (not a tuple or str) may be used by %(name)s.
    bool is_mapping = !is_tuple && !is_str(vm, args) && args.is_obj() &&
                      vm.lookup_type(vm.type_of(args), "__getitem__").has_value();
    size_t next = 0;
    bool used_mapping = false;
    auto take = [&]() -> Value {
        if (next >= items.size()) vm.type_error("not enough arguments for format string");
        return items[next++];
    };
    std::string out;
    size_t i = 0;
    while (i < fmt.size()) {
        size_t pct = fmt.find('%', i);
        if (pct == std::string_view::npos) { out.append(fmt.substr(i)); break; }
        out.append(fmt.substr(i, pct - i));
        i = pct + 1;
        if (i >= fmt.size()) vm.value_error("incomplete format");
        if (fmt[i] == '%') { out += '%'; ++i; continue; }  // only a bare "%%" is a literal
        Value arg;
        bool have_arg = false;
        if (fmt[i] == '(') {
            if (!is_mapping) vm.type_error("format requires a mapping");
            int depth = 1;
            size_t start = ++i;
            while (i < fmt.size() && depth > 0) {
                if (fmt[i] == '(') ++depth;
                else if (fmt[i] == ')') --depth;
                ++i;
            }
            if (depth > 0) vm.value_error("incomplete format key");
            arg = vm.getitem(args, vm.str(std::string(fmt.substr(start, i - 1 - start))));
            have_arg = true;
            used_mapping = true;
        }
        PercentFlags f;
        for (; i < fmt.size(); ++i) {
            char c = fmt[i];
            if (c == '-') f.left = true;
            else if (c == '+') f.plus = true;
            else if (c == ' ') f.space = true;
            else if (c == '#') f.alt = true;
            else if (c == '0') f.zero = true;
            else break;
        }
        auto read_num = [&](int64_t& target) {
            if (i < fmt.size() && fmt[i] == '*') {
                Value n = take();
                if (!is_int_value(n)) vm.type_error("* wants int");
                if (!is_small_int(n)) vm.overflow_error("Python int too large to convert to C ssize_t");
                target = vm.to_index(n);
                ++i;
                return;
            }
            if (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                target = 0;
                while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') target = target * 10 + (fmt[i++] - '0');
            }
        };
        read_num(f.width);
        if (f.width > kMaxFieldWidth || f.width < -kMaxFieldWidth) vm.memory_error();
        if (f.width < -1) { f.left = true; f.width = -f.width; }
        if (i < fmt.size() && fmt[i] == '.') {
            ++i;
            f.precision = 0;
            read_num(f.precision);
            if (f.precision > kMaxFieldWidth) vm.memory_error();
        }
        while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
        if (i >= fmt.size()) vm.value_error("incomplete format");
        size_t type_pos = i;
        size_t cp_index = utf8_length(fmt.substr(0, type_pos));
        char32_t type = utf8_decode(fmt, i);
        if (!have_arg) arg = take();
        switch (type) {
            case 's': case 'r': case 'a': {
                std::string s = type == 's' ? vm.to_str(arg) : type == 'r' ? vm.repr(arg) : vm.ascii(arg);
                if (f.precision >= 0) s = std::string(utf8_substr(s, 0, static_cast<size_t>(f.precision)));
                out += pad(s, f.width, f.left);
                break;
            }
            case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                out += percent_int(vm, f, static_cast<char>(type), arg);
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                out += percent_float(vm, f, static_cast<char>(type), arg);
                break;
            case 'c':
                out += percent_char(vm, f, arg);
                break;
            default: {
                char buf[96];
                std::string shown = type >= 0x20 && type < 0x7F ? std::string(1, static_cast<char>(type)) : utf8_encode(type);
                std::snprintf(buf, sizeof buf, "' (0x%x) at index %zu", static_cast<unsigned>(type), cp_index);
                vm.value_error("unsupported format character '" + shown + buf);
            }
        }
    }
    if (next < items.size() && !used_mapping && !(is_mapping && next == 0))
        vm.type_error("not all arguments converted during string formatting");
    return out;
}

// ---- str.format -----------------------------------------------------------------------------

namespace {

struct FieldSource {
    Args positional;                  // the .format() positional args (no self)
    const Value* mapping = nullptr;   // format_map's mapping, or null
    int auto_index = 0;               // -1 once manual numbering is used
    bool manual = false;
};

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) if (c < '0' || c > '9') return false;
    return true;
}

// Resolves "name.attr[key]..." to a value.
Value resolve_field(VM& vm, std::string_view field, FieldSource& src) {
    size_t end = field.find_first_of(".[");
    std::string_view head = field.substr(0, end);
    Value v;
    if (head.empty()) {
        if (src.manual) vm.value_error("cannot switch from manual field specification to automatic field numbering");
        size_t idx = static_cast<size_t>(src.auto_index++);
        if (src.mapping || idx >= src.positional.size())
            vm.index_error("Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
        v = src.positional[idx];
    } else if (all_digits(head)) {
        if (src.auto_index > 0) vm.value_error("cannot switch from automatic field numbering to manual field specification");
        src.manual = true;
        size_t idx = std::stoul(std::string(head));
        if (src.mapping || idx >= src.positional.size())
            vm.index_error("Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
        v = src.positional[idx];
    } else {
        Value key = vm.str(std::string(head));
        if (src.mapping) {
            v = vm.getitem(*src.mapping, key);
        } else {
            const Value* kw = vm.kwarg(src.positional, head);
            if (!kw) vm.key_error(key);
            v = *kw;
        }
    }
    size_t i = end;
    while (i != std::string_view::npos && i < field.size()) {
        if (field[i] == '.') {
            size_t next = field.find_first_of(".[", i + 1);
            std::string_view attr = field.substr(i + 1, next == std::string_view::npos ? std::string_view::npos : next - i - 1);
            if (attr.empty()) vm.value_error("Empty attribute in format string");
            v = vm.getattr(v, attr);
            i = next;
        } else if (field[i] == '[') {
            size_t close = field.find(']', i);
            if (close == std::string_view::npos) vm.value_error("Missing ']' in format string");
            std::string_view key = field.substr(i + 1, close - i - 1);
            if (key.empty()) vm.value_error("Empty attribute in format string");
            Value k = all_digits(key) ? Value::integer(std::stoll(std::string(key))) : vm.str(std::string(key));
            v = vm.getitem(v, k);
            i = close + 1;
            if (i < field.size() && field[i] != '.' && field[i] != '[')
                vm.value_error("Only '.' or '[' may follow ']' in format field specifier");
        } else {
            break;
        }
    }
    return v;
}

std::string expand(VM& vm, std::string_view fmt, FieldSource& src, int depth) {
    if (depth > 2) vm.value_error("Max string recursion exceeded");
    std::string out;
    size_t i = 0;
    while (i < fmt.size()) {
        char c = fmt[i];
        if (c == '}') {
            if (i + 1 < fmt.size() && fmt[i + 1] == '}') { out += '}'; i += 2; continue; }
            vm.value_error("Single '}' encountered in format string");
        }
        if (c != '{') { out += c; ++i; continue; }
        if (i + 1 < fmt.size() && fmt[i + 1] == '{') { out += '{'; i += 2; continue; }
        // Parse the field as CPython's parse_field does: the name runs to '}', ':' or '!'
        // (brackets may hold anything but ']'), then an optional !conversion, then a spec whose
        // nested braces are counted.
        if (++i >= fmt.size()) vm.value_error("Single '{' encountered in format string");
        size_t name_start = i;
        char term = 0;
        while (i < fmt.size()) {
            char ch = fmt[i++];
            if (ch == '{') vm.value_error("unexpected '{' in field name");
            if (ch == '[') {
                while (i < fmt.size() && fmt[i] != ']') ++i;
                continue;
            }
            if (ch == '}' || ch == ':' || ch == '!') { term = ch; break; }
        }
        if (!term) vm.value_error("expected '}' before end of string");
        std::string_view name = fmt.substr(name_start, i - 1 - name_start);
        char conversion = 0;
        std::string_view spec;
        if (term == '!' || term == ':') {
            bool done = false;
            if (term == '!') {
                if (i >= fmt.size()) vm.value_error("end of string while looking for conversion specifier");
                conversion = fmt[i++];
                if (i < fmt.size()) {
                    char ch = fmt[i++];
                    if (ch == '}') done = true;
                    else if (ch != ':') vm.value_error("expected ':' after conversion specifier");
                }
            }
            if (!done) {
                size_t spec_start = i;
                int count = 1;
                while (i < fmt.size()) {
                    char ch = fmt[i++];
                    if (ch == '{') ++count;
                    else if (ch == '}' && --count == 0) break;
                }
                if (count != 0) vm.value_error("unmatched '{' in format spec");
                spec = fmt.substr(spec_start, i - 1 - spec_start);
            }
        }
        Value v = resolve_field(vm, name, src);
        if (conversion) {
            switch (conversion) {
                case 'r': v = vm.str(vm.repr(v)); break;
                case 's': v = vm.str(vm.to_str(v)); break;
                case 'a': v = vm.str(vm.ascii(v)); break;
                default: vm.value_error(std::string("Unknown conversion specifier ") + conversion);
            }
        }
        std::string expanded_spec = spec.find('{') != std::string_view::npos ? expand(vm, spec, src, depth + 1) : std::string(spec);
        out += format_value_with_spec(vm, v, expanded_spec);
    }
    return out;
}

}  // namespace

std::string str_format(VM& vm, std::string_view fmt, Args args) {
    FieldSource src;
    src.positional = args;
    return expand(vm, fmt, src, 1);
}

std::string str_format_map(VM& vm, std::string_view fmt, const Value& mapping) {
    FieldSource src;
    src.mapping = &mapping;
    return expand(vm, fmt, src, 1);
}

}  // namespace ls
