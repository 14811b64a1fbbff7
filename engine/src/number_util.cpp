#include "number_util.h"

#include <charconv>
#include <cmath>

#include "bigint_util.h"
#include "str_util.h"

namespace ls {

namespace {
constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
constexpr int kHashBits = 61;
constexpr size_t kMaxStrDigits = 4300;  // sys.get_int_max_str_digits() default
}  // namespace

TypeObject* new_class_arg(VM& vm, Args args, TypeObject* base) {
    if (args.size() == 0) vm.type_error(base->name + ".__new__(): not enough arguments");
    const Value& c = args[0];
    if (!c.is_obj() || !vm.isinstance(c, vm.t.type))
        vm.type_error(base->name + ".__new__(X): X is not a type object (" + vm.type_name(c) + ")");
    auto* cls = c.as<TypeObject>();
    if (!vm.is_subtype(cls, base))
        vm.type_error(base->name + ".__new__(" + cls->name + "): " + cls->name + " is not a subtype of " + base->name);
    return cls;
}

BigIntObject* as_bigint(const Value& v) {
    if (!v.is_obj()) return nullptr;
    return dynamic_cast<BigIntObject*>(v.obj());
}

mpz_class int_to_mpz(const Value& v) {
    if (is_small_int(v)) return mpz_class(static_cast<long>(v.as_int()));
    return as_bigint(v)->v;
}

double int_to_double(VM& vm, const Value& v) {
    if (is_small_int(v)) return static_cast<double>(v.as_int());  // round-to-nearest, as CPython
    bool overflow = false;
    double d = mpz_to_double(as_bigint(v)->v, overflow);
    if (overflow) vm.overflow_error("int too large to convert to float");
    return d;
}

bool real_to_double(VM& vm, const Value& v, double& out) {
    if (v.is_float()) { out = v.as_float(); return true; }
    if (is_int_value(v)) { out = int_to_double(vm, v); return true; }
    return false;
}

Value int_from_double(VM& vm, double d) {
    if (std::isinf(d)) vm.overflow_error("cannot convert float infinity to integer");
    if (std::isnan(d)) vm.value_error("cannot convert float NaN to integer");
    double t = std::trunc(d);
    if (t >= -9.2e18 && t <= 9.2e18) return Value::integer(static_cast<int64_t>(t));
    return vm.integer(mpz_from_double(t));
}

int64_t hash_int64(int64_t v) {
    uint64_t a = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    int64_t h = static_cast<int64_t>(a % kHashModulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t hash_mpz(const mpz_class& v) {
    if (v.fits_slong_p()) return hash_int64(v.get_si());
    mpz_class r;
    mpz_class a = abs(v);
    mpz_class m = mpz_class(1);
    m <<= 61;
    m -= 1;
    mpz_fdiv_r(r.get_mpz_t(), a.get_mpz_t(), m.get_mpz_t());
    int64_t h = static_cast<int64_t>(r.get_ui());
    if (sgn(v) < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t hash_double(double d) {
    if (std::isinf(d)) return d > 0 ? 314159 : -314159;
    if (std::isnan(d)) return 0;  // CPython hashes NaN by identity; any constant is consistent
    int e;
    double m = std::frexp(d, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    // Consume 28 bits of mantissa at a time, reducing modulo 2**61 - 1 (CPython's algorithm).
    while (m != 0.0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    int64_t h = static_cast<int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

std::string int_to_decimal(VM& vm, const mpz_class& v) {
    if (mpz_sizeinbase(v.get_mpz_t(), 2) > 14000 && mpz_decimal_digits(v) > kMaxStrDigits)
        vm.value_error("Exceeds the limit (4300 digits) for integer string conversion; "
                       "use sys.set_int_max_str_digits() to increase the limit");
    return v.get_str(10);
}

std::string int_to_decimal(VM& vm, const Value& v) {
    if (is_small_int(v)) return std::to_string(v.as_int());
    return int_to_decimal(vm, as_bigint(v)->v);
}

namespace {

// Replaces Unicode decimal digits and spaces by their ASCII forms (CPython does the same before
// parsing numbers); returns false if some other non-ASCII character is present.
bool to_ascii_number(std::string_view text, std::string& out) {
    out.clear();
    for (size_t i = 0; i < text.size();) {
        char32_t c = utf8_decode(text, i);
        if (c < 0x80) { out += static_cast<char>(c); continue; }
        int d = uc_decimal_value(c);
        if (d >= 0) out += static_cast<char>('0' + d);
        else if (uc_is_space(c)) out += ' ';
        else return false;
    }
    return true;
}

bool is_space_ascii(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

std::string_view strip_spaces(std::string_view s) {
    while (!s.empty() && is_space_ascii(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space_ascii(s.back())) s.remove_suffix(1);
    return s;
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

}  // namespace

Value int_from_text(VM& vm, std::string_view text, int base, const std::string& shown) {
    auto invalid = [&]() -> Value {
        std::string r = shown;
        if (utf8_length(r) > 200) r = std::string(utf8_substr(r, 0, 200));
        vm.value_error("invalid literal for int() with base " + std::to_string(base) + ": " + r);
    };
    std::string ascii;
    if (!to_ascii_number(text, ascii)) return invalid();
    std::string_view s = strip_spaces(ascii);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) { negative = s[0] == '-'; s.remove_prefix(1); }
    int b = base;
    bool prefixed = false;
    if (s.size() >= 2 && s[0] == '0') {
        char p = static_cast<char>(s[1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (b == 0 || b == pb)) { b = pb; s.remove_prefix(2); prefixed = true; }
    }
    if (b == 0) {
        // Base 0 without prefix: decimal, and a leading zero only if the number is zero.
        b = 10;
        if (!s.empty() && s[0] == '0') {
            for (char c : s) if (c != '0' && c != '_') return invalid();
        }
    }
    // Digits with single underscores between them (one may follow a base prefix).
    std::string digits;
    bool last_underscore = !prefixed;  // disallow a leading '_' unless after a prefix
    bool any = false;
    for (char c : s) {
        if (c == '_') {
            if (last_underscore) return invalid();
            last_underscore = true;
            continue;
        }
        if (digit_value(c) >= b) return invalid();
        digits += c;
        last_underscore = false;
        any = true;
    }
    if (!any || last_underscore) return invalid();
    if (b != 2 && b != 4 && b != 8 && b != 16 && b != 32 && digits.size() > kMaxStrDigits) {
        vm.value_error("Exceeds the limit (4300 digits) for integer string conversion: value has " +
                       std::to_string(digits.size()) + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    if (digits.size() <= 18 && b == 10) {
        int64_t v = 0;
        for (char c : digits) v = v * 10 + (c - '0');
        return Value::integer(negative ? -v : v);
    }
    mpz_class v(digits, b);
    if (negative) v = -v;
    return vm.integer(v);
}

bool float_from_text(std::string_view text, double& out) {
    std::string ascii;
    if (!to_ascii_number(text, ascii)) return false;
    std::string_view s = strip_spaces(ascii);
    bool negative = false;
    std::string_view body = s;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) { negative = body[0] == '-'; body.remove_prefix(1); }
    std::string lower;
    for (char c : body) lower += static_cast<char>(c | ((c >= 'A' && c <= 'Z') ? 0x20 : 0));
    if (lower == "inf" || lower == "infinity") { out = negative ? -INFINITY : INFINITY; return true; }
    if (lower == "nan") { out = negative ? -NAN : NAN; return true; }
    // digitpart: digit (["_"] digit)*; number: [digitpart] "." digitpart | digitpart ["."];
    // exponent: ("e"|"E") ["+"|"-"] digitpart
    std::string clean;
    size_t i = 0;
    auto digitpart = [&]() {
        size_t start = i;
        while (i < body.size()) {
            if (body[i] >= '0' && body[i] <= '9') { clean += body[i++]; continue; }
            if (body[i] == '_' && i > start && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '9') { ++i; continue; }
            break;
        }
        return i > start;
    };
    bool int_digits = digitpart();
    bool frac_digits = false;
    if (i < body.size() && body[i] == '.') {
        clean += body[i++];
        frac_digits = digitpart();
    }
    if (!int_digits && !frac_digits) return false;
    if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        clean += body[i++];
        if (i < body.size() && (body[i] == '+' || body[i] == '-')) clean += body[i++];
        if (!digitpart()) return false;
    }
    if (i != body.size()) return false;
    double v = 0;
    auto r = std::from_chars(clean.data(), clean.data() + clean.size(), v);
    if (r.ec == std::errc::result_out_of_range) {
        // Overflow gives inf, underflow 0: decide by the decimal exponent of the first digit.
        size_t e = clean.find_first_of("eE");
        long exp = e == std::string::npos ? 0 : std::strtol(clean.c_str() + e + 1, nullptr, 10);
        std::string mant = clean.substr(0, e);
        size_t point = mant.find('.');
        size_t first = mant.find_first_of("123456789");
        long pos = static_cast<long>(point == std::string::npos ? mant.size() : point) - static_cast<long>(first);
        if (point != std::string::npos && first > point) ++pos;
        v = (pos + exp > 0) ? INFINITY : 0.0;
    }
    out = negative ? -v : v;
    return true;
}

double int_true_divide(VM& vm, const Value& a, const Value& b) {
    if (is_small_int(a) && is_small_int(b)) {
        int64_t x = a.as_int(), y = b.as_int();
        if (y == 0) vm.zero_division("division by zero");
        constexpr int64_t kExact = int64_t{1} << 53;
        if (x > -kExact && x < kExact && y > -kExact && y < kExact)
            return static_cast<double>(x) / static_cast<double>(y);
    }
    mpz_class x = int_to_mpz(a), y = int_to_mpz(b);
    if (y == 0) vm.zero_division("division by zero");
    bool overflow = false;
    double d = mpz_true_divide(x, y, overflow);
    if (overflow) vm.overflow_error("integer division result too large for a float");
    return d;
}

}  // namespace ls
