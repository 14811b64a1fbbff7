// The float type: inline doubles with CPython's arithmetic rules, exact comparisons against
// ints, CPython's hash and repr.
#include <cmath>
#include <limits>

#include "bigint_util.h"
#include "format.h"
#include "number_util.h"
#include "str_util.h"
#include "types.h"

namespace ls {

namespace {

enum class FloatOp { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow };

// CPython's float_divmod: floor quotient and a remainder with the divisor's sign.
void float_divmod(double vx, double wx, double& floordiv, double& mod) {
    mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
}

Value float_binary(VM& vm, FloatOp op, double a, double b) {
    switch (op) {
        case FloatOp::Add: return Value::floating(a + b);
        case FloatOp::Sub: return Value::floating(a - b);
        case FloatOp::Mul: return Value::floating(a * b);
        case FloatOp::TrueDiv:
            if (b == 0.0) vm.zero_division("float division by zero");
            return Value::floating(a / b);
        case FloatOp::FloorDiv: {
            if (b == 0.0) vm.zero_division("float floor division by zero");
            double q, r;
            float_divmod(a, b, q, r);
            return Value::floating(q);
        }
        case FloatOp::Mod: {
            if (b == 0.0) vm.zero_division("float modulo");
            double q, r;
            float_divmod(a, b, q, r);
            return Value::floating(r);
        }
        case FloatOp::Pow: return python_float_pow(vm, a, b);
    }
    return vm.NotImplemented;
}

// Self is a float (or, for a float subclass, whatever __float__ gives); the other operand may be
// a float or an int.
template <FloatOp op, bool reflected>
Value float_binop(VM& vm, Args args) {
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() ? args.size() - 1 : 0));
    double a, b;
    if (!real_to_double(vm, args[0], a) || !real_to_double(vm, args[1], b)) return vm.NotImplemented;
    return reflected ? float_binary(vm, op, b, a) : float_binary(vm, op, a, b);
}

template <bool reflected>
Value float_pow_method(VM& vm, Args args) {
    if (args.size() < 2 || args.size() > 3) vm.type_error("expected 1 or 2 arguments");
    double a, b;
    if (!real_to_double(vm, args[0], a) || !real_to_double(vm, args[1], b)) return vm.NotImplemented;
    if (args.size() == 3 && !args[2].is_none())
        vm.type_error("pow() 3rd argument not allowed unless all arguments are integers");
    return reflected ? python_float_pow(vm, b, a) : python_float_pow(vm, a, b);
}

template <bool reflected>
Value float_divmod_method(VM& vm, Args args) {
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() ? args.size() - 1 : 0));
    double a, b;
    if (!real_to_double(vm, args[0], a) || !real_to_double(vm, args[1], b)) return vm.NotImplemented;
    if (reflected) std::swap(a, b);
    if (b == 0.0) vm.zero_division("float divmod()");
    double q, r;
    float_divmod(a, b, q, r);
    return vm.tuple({Value::floating(q), Value::floating(r)});
}

// -1, 0, 1 comparing a double with an int exactly; `unordered` for NaN.
int compare_with_int(double d, const Value& i, bool& unordered) {
    unordered = std::isnan(d);
    if (unordered) return 0;
    if (is_small_int(i)) {
        int64_t n = i.as_int();
        constexpr int64_t kExact = int64_t{1} << 53;
        if (n > -kExact && n < kExact) {
            double x = static_cast<double>(n);
            return d < x ? -1 : d > x ? 1 : 0;
        }
    }
    return -mpz_compare_double(int_to_mpz(i), d);
}

template <CompareOp op>
Value float_compare(VM& vm, Args args) {
    if (args.size() != 2) vm.type_error("expected 1 argument, got " + std::to_string(args.size() ? args.size() - 1 : 0));
    double a;
    if (!real_to_double(vm, args[0], a)) return vm.NotImplemented;
    const Value& other = args[1];
    int c;
    bool unordered;
    if (other.is_float()) {
        double b = other.as_float();
        unordered = std::isnan(a) || std::isnan(b);
        c = a < b ? -1 : a > b ? 1 : 0;
    } else if (is_int_value(other)) {
        c = compare_with_int(a, other, unordered);
    } else {
        return vm.NotImplemented;
    }
    if (unordered) return Value::boolean(op == CompareOp::Ne);
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

double self_double(VM& vm, Args args) {
    double d = 0;
    if (args.size() == 0 || !real_to_double(vm, args[0], d)) vm.type_error("descriptor requires a 'float' object");
    return d;
}

Value float_neg(VM& vm, Args args) { return Value::floating(-self_double(vm, args)); }
Value float_pos(VM& vm, Args args) { return Value::floating(self_double(vm, args)); }
Value float_abs(VM& vm, Args args) { return Value::floating(std::fabs(self_double(vm, args))); }
Value float_bool(VM& vm, Args args) { return Value::boolean(self_double(vm, args) != 0.0); }
Value float_int(VM& vm, Args args) { return int_from_double(vm, self_double(vm, args)); }
Value float_floor(VM& vm, Args args) { return int_from_double(vm, std::floor(self_double(vm, args))); }
Value float_ceil(VM& vm, Args args) { return int_from_double(vm, std::ceil(self_double(vm, args))); }
Value float_hash(VM& vm, Args args) { return Value::integer(hash_double(self_double(vm, args))); }
Value float_repr_method(VM& vm, Args args) { return vm.str(float_repr(self_double(vm, args))); }
Value float_is_integer(VM& vm, Args args) {
    double d = self_double(vm, args);
    return Value::boolean(std::isfinite(d) && d == std::floor(d));
}
Value float_zero(VM&, Args) { return Value::floating(0.0); }

Value float_as_integer_ratio(VM& vm, Args args) {
    double d = self_double(vm, args);
    if (std::isinf(d)) vm.overflow_error("cannot convert Infinity to integer ratio");
    if (std::isnan(d)) vm.value_error("cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(d, &e);
    // Scale the mantissa to an integer, then move powers of two between numerator and denominator.
    for (int i = 0; i < 300 && m != std::floor(m); ++i) { m *= 2.0; --e; }
    mpz_class num = mpz_from_double(m), den = 1;
    if (e > 0) num <<= static_cast<mp_bitcnt_t>(e);
    else den <<= static_cast<mp_bitcnt_t>(-e);
    mpz_class g;
    mpz_gcd(g.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
    return vm.tuple({vm.integer(num / g), vm.integer(den / g)});
}

// round(x) -> int (half to even); round(x, n) -> float, correctly rounded in decimal as CPython.
Value float_round(VM& vm, Args args) {
    if (args.size() > 2) vm.type_error("__round__ expected at most 1 argument, got " + std::to_string(args.size() - 1));
    double x = self_double(vm, args);
    if (args.size() == 1 || args[1].is_none()) {
        // Half to even, independent of the FPU rounding mode (CPython's float___round___impl).
        double r = std::round(x);
        if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
        return int_from_double(vm, r);
    }
    int64_t nd = vm.to_index(args[1]);
    if (!std::isfinite(x) || x == 0.0) return Value::floating(x);
    if (nd > 323) return Value::floating(x);
    if (nd < -308) return Value::floating(0.0 * x);
    // Exact: x = m * 2**e. Round x * 10**nd to an integer (half even), then divide back.
    mpq_class q;
    mpq_set_d(q.get_mpq_t(), x);
    mpz_class p;
    mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(nd >= 0 ? nd : -nd));
    if (nd >= 0) q *= p;
    else q /= p;
    q.canonicalize();
    mpz_class fl;
    mpz_fdiv_q(fl.get_mpz_t(), q.get_num_mpz_t(), q.get_den_mpz_t());
    mpq_class frac = q - mpq_class(fl);
    int c = cmp(frac, mpq_class(1, 2));
    if (c > 0 || (c == 0 && mpz_odd_p(fl.get_mpz_t()))) fl += 1;
    bool overflow = false;
    double r = nd >= 0 ? mpz_true_divide(fl, p, overflow) : mpz_to_double(fl * p, overflow);
    if (overflow) vm.overflow_error("rounded value too large to represent");
    if (r == 0.0) r = std::copysign(0.0, x);
    return Value::floating(r);
}

Value float_format(VM& vm, Args args) {
    if (args.size() != 2) vm.type_error("expected 1 argument");
    if (!(args[1].is_obj() && vm.isinstance(args[1], vm.t.str)))
        vm.type_error("__format__() argument must be str, not " + vm.type_name(args[1]));
    std::string_view spec = as_str(args[1])->s;
    double d = self_double(vm, args);
    if (spec.empty()) return vm.str(float_repr(d));
    try {
        return vm.str(format_float(d, spec));
    } catch (const FormatError& e) {
        raise_format_error(vm, e);
    }
}

Value float_hex(VM& vm, Args args) {
    double d = self_double(vm, args);
    if (std::isnan(d)) return vm.str("nan");
    if (std::isinf(d)) return vm.str(d > 0 ? "inf" : "-inf");
    if (d == 0.0) return vm.str(std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = std::frexp(std::fabs(d), &e);  // m in [0.5, 1)
    m *= 2;
    --e;
    if (e < -1022) {  // subnormal: CPython prints 0x0.xxxp-1022
        m = std::ldexp(m, e + 1022);
        e = -1022;
    }
    std::string out = std::signbit(d) ? "-0x" : "0x";
    int lead = static_cast<int>(m);
    out += static_cast<char>('0' + lead);
    out += '.';
    m -= lead;
    const char* hex = "0123456789abcdef";
    for (int i = 0; i < 13; ++i) {
        m *= 16;
        int digit = static_cast<int>(m);
        out += hex[digit];
        m -= digit;
    }
    out += "p";
    out += e >= 0 ? "+" : "-";
    out += std::to_string(e >= 0 ? e : -e);
    return vm.str(out);
}

// float(x=0.0)
Value float_new(VM& vm, Args args) {
    vm.no_kwargs("float", args);
    if (args.size() > 2) vm.type_error("float expected at most 1 argument, got " + std::to_string(args.size() - 1));
    if (args.size() == 1) return Value::floating(0.0);
    const Value& x = args[1];
    if (x.is_float()) return x;
    if (is_int_value(x)) return Value::floating(int_to_double(vm, x));
    bool is_str = x.is_obj() && vm.isinstance(x, vm.t.str);
    bool is_bytes = x.is_obj() && vm.isinstance(x, vm.t.bytes);
    if (is_str || is_bytes) {
        const std::string& text = is_str ? as_str(x)->s : x.as<BytesObject>()->data;
        double d;
        if (!float_from_text(text, d))
            vm.value_error("could not convert string to float: " + (is_str ? str_repr(text) : bytes_repr(text)));
        return Value::floating(d);
    }
    TypeObject* type = vm.type_of(x);
    if (auto f = vm.lookup_type(type, "__float__")) {
        Value r = vm.call(*f, {x});
        if (!r.is_float())
            vm.type_error(type->name + ".__float__ returned non-float (type " + vm.type_name(r) + ")");
        return r;
    }
    if (auto i = vm.lookup_type(type, "__index__")) {
        Value r = vm.call(*i, {x});
        return Value::floating(int_to_double(vm, r));
    }
    vm.type_error("float() argument must be a string or a real number, not '" + vm.type_name(x) + "'");
}

Value float_fromhex(VM& vm, Args args) {
    if (args.size() != 2) vm.type_error("fromhex() takes exactly one argument");
    std::string s = vm.to_str(args[1]);
    char* end = nullptr;
    double d = std::strtod(s.c_str(), &end);
    if (s.empty() || (end && *end)) vm.value_error("invalid hexadecimal floating-point string");
    return Value::floating(d);
}

}  // namespace

void init_float_type(VM& vm) {
    TypeObject* t = vm.t.float_;
    vm.add_static(t, "__new__", float_new);
    vm.add_method(t, "__add__", float_binop<FloatOp::Add, false>);
    vm.add_method(t, "__radd__", float_binop<FloatOp::Add, true>);
    vm.add_method(t, "__sub__", float_binop<FloatOp::Sub, false>);
    vm.add_method(t, "__rsub__", float_binop<FloatOp::Sub, true>);
    vm.add_method(t, "__mul__", float_binop<FloatOp::Mul, false>);
    vm.add_method(t, "__rmul__", float_binop<FloatOp::Mul, true>);
    vm.add_method(t, "__truediv__", float_binop<FloatOp::TrueDiv, false>);
    vm.add_method(t, "__rtruediv__", float_binop<FloatOp::TrueDiv, true>);
    vm.add_method(t, "__floordiv__", float_binop<FloatOp::FloorDiv, false>);
    vm.add_method(t, "__rfloordiv__", float_binop<FloatOp::FloorDiv, true>);
    vm.add_method(t, "__mod__", float_binop<FloatOp::Mod, false>);
    vm.add_method(t, "__rmod__", float_binop<FloatOp::Mod, true>);
    vm.add_method(t, "__pow__", float_pow_method<false>);
    vm.add_method(t, "__rpow__", float_pow_method<true>);
    vm.add_method(t, "__divmod__", float_divmod_method<false>);
    vm.add_method(t, "__rdivmod__", float_divmod_method<true>);
    vm.add_method(t, "__eq__", float_compare<CompareOp::Eq>);
    vm.add_method(t, "__ne__", float_compare<CompareOp::Ne>);
    vm.add_method(t, "__lt__", float_compare<CompareOp::Lt>);
    vm.add_method(t, "__le__", float_compare<CompareOp::Le>);
    vm.add_method(t, "__gt__", float_compare<CompareOp::Gt>);
    vm.add_method(t, "__ge__", float_compare<CompareOp::Ge>);
    vm.add_method(t, "__neg__", float_neg);
    vm.add_method(t, "__pos__", float_pos);
    vm.add_method(t, "__abs__", float_abs);
    vm.add_method(t, "__bool__", float_bool);
    vm.add_method(t, "__int__", float_int);
    vm.add_method(t, "__trunc__", float_int);
    vm.add_method(t, "__floor__", float_floor);
    vm.add_method(t, "__ceil__", float_ceil);
    vm.add_method(t, "__float__", float_pos);
    vm.add_method(t, "__round__", float_round);
    vm.add_method(t, "__hash__", float_hash);
    vm.add_method(t, "__repr__", float_repr_method);
    vm.add_method(t, "__str__", float_repr_method);
    vm.add_method(t, "__format__", float_format);
    vm.add_method(t, "is_integer", float_is_integer);
    vm.add_method(t, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(t, "conjugate", float_pos);
    vm.add_method(t, "hex", float_hex);
    vm.add_classmethod(t, "fromhex", float_fromhex);
    vm.add_property(t, "real", float_pos);
    vm.add_property(t, "imag", float_zero);
}

}  // namespace ls
