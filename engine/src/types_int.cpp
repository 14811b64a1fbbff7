// The int and bool types. Small ints are inline int64 Values; everything else is a GMP
// BigIntObject, and every result goes through vm.integer() so it is normalised back to inline
// when it fits. bool is a subclass of int: inline bool Values are accepted wherever an int is.
#include <algorithm>
#include <cmath>
#include <limits>

#include "bigint_util.h"
#include "format.h"
#include "number_util.h"
#include "seq_util.h"
#include "str_util.h"
#include "types.h"

namespace ls {

namespace {

enum class IntOp { Add, Sub, Mul, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor };

Value from_i128(VM& vm, __int128 v) {
    if (v >= std::numeric_limits<int64_t>::min() && v <= std::numeric_limits<int64_t>::max())
        return Value::integer(static_cast<int64_t>(v));
    bool negative = v < 0;
    unsigned __int128 a = negative ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    mpz_class hi(static_cast<unsigned long>(static_cast<uint64_t>(a >> 64)));
    mpz_class lo(static_cast<unsigned long>(static_cast<uint64_t>(a)));
    mpz_class r = (hi << 64) + lo;
    return vm.integer(negative ? mpz_class(-r) : r);
}

size_t bit_length(const mpz_class& v) { return v == 0 ? 0 : mpz_sizeinbase(v.get_mpz_t(), 2); }

// Refuses results that would not fit the memory budget (10**10**10 is a MemoryError, not a hang).
void reserve_bits(VM& vm, double bits) {
    constexpr double kCheckAbove = 8.0 * (1 << 20);  // only large results are worth checking
    if (bits < kCheckAbove) return;
    if (bits / 8 > static_cast<double>(std::numeric_limits<size_t>::max() / 2)) vm.memory_error();
    vm.reserve_bytes(static_cast<size_t>(bits / 8));
}

Value float_pow(VM& vm, double x, double y);

Value int_pow(VM& vm, const Value& a, const Value& b) {
    mpz_class base = int_to_mpz(a), exp = int_to_mpz(b);
    if (exp < 0) {
        double x = int_to_double(vm, a), y = int_to_double(vm, b);
        return float_pow(vm, x, y);
    }
    if (base == 0) return Value::integer(exp == 0 ? 1 : 0);
    if (base == 1) return Value::integer(1);
    if (base == -1) return Value::integer(mpz_even_p(exp.get_mpz_t()) ? 1 : -1);
    if (!exp.fits_ulong_p()) vm.memory_error();
    reserve_bits(vm, static_cast<double>(bit_length(abs(base))) * exp.get_d());
    mpz_class r;
    mpz_pow_ui(r.get_mpz_t(), base.get_mpz_t(), exp.get_ui());
    return vm.integer(r);
}

Value int_pow_mod(VM& vm, const Value& a, const Value& b, const Value& m) {
    mpz_class base = int_to_mpz(a), exp = int_to_mpz(b), mod = int_to_mpz(m);
    if (mod == 0) vm.value_error("pow() 3rd argument cannot be 0");
    mpz_class am = abs(mod);
    if (exp < 0) {
        mpz_class inv;
        if (mpz_invert(inv.get_mpz_t(), base.get_mpz_t(), am.get_mpz_t()) == 0)
            vm.value_error("base is not invertible for the given modulus");
        base = inv;
        exp = -exp;
    }
    mpz_class r;
    mpz_powm(r.get_mpz_t(), base.get_mpz_t(), exp.get_mpz_t(), am.get_mpz_t());
    if (am == 1) r = 0;
    if (mod < 0 && r != 0) r += mod;
    return vm.integer(r);
}

Value big_binary(VM& vm, IntOp op, const Value& av, const Value& bv) {
    mpz_class a = int_to_mpz(av), b = int_to_mpz(bv), r;
    switch (op) {
        case IntOp::Add: r = a + b; break;
        case IntOp::Sub: r = a - b; break;
        case IntOp::Mul:
            reserve_bits(vm, static_cast<double>(bit_length(a)) + static_cast<double>(bit_length(b)));
            r = a * b;
            break;
        case IntOp::FloorDiv:
            if (b == 0) vm.zero_division("integer division or modulo by zero");
            mpz_fdiv_q(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
            break;
        case IntOp::Mod:
            if (b == 0) vm.zero_division("integer modulo by zero");
            mpz_fdiv_r(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
            break;
        case IntOp::Pow: return int_pow(vm, av, bv);
        case IntOp::LShift: {
            if (b < 0) vm.value_error("negative shift count");
            if (a == 0) return Value::integer(0);
            if (!b.fits_ulong_p()) vm.memory_error();
            reserve_bits(vm, static_cast<double>(bit_length(a)) + b.get_d());
            mpz_mul_2exp(r.get_mpz_t(), a.get_mpz_t(), b.get_ui());
            break;
        }
        case IntOp::RShift: {
            if (b < 0) vm.value_error("negative shift count");
            if (!b.fits_ulong_p() || b.get_ui() >= bit_length(a)) return Value::integer(a < 0 ? -1 : 0);
            mpz_fdiv_q_2exp(r.get_mpz_t(), a.get_mpz_t(), b.get_ui());
            break;
        }
        case IntOp::And: r = a & b; break;
        case IntOp::Or: r = a | b; break;
        case IntOp::Xor: r = a ^ b; break;
    }
    return vm.integer(r);
}

int64_t floor_div64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

int64_t floor_mod64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

// Both operands are ints (any representation).
Value int_binary(VM& vm, IntOp op, const Value& av, const Value& bv) {
    if (is_small_int(av) && is_small_int(bv)) {
        int64_t a = av.as_int(), b = bv.as_int();
        switch (op) {
            case IntOp::Add: return from_i128(vm, static_cast<__int128>(a) + b);
            case IntOp::Sub: return from_i128(vm, static_cast<__int128>(a) - b);
            case IntOp::Mul: return from_i128(vm, static_cast<__int128>(a) * b);
            case IntOp::FloorDiv:
                if (b == 0) vm.zero_division("integer division or modulo by zero");
                if (b == -1) return from_i128(vm, -static_cast<__int128>(a));
                return Value::integer(floor_div64(a, b));
            case IntOp::Mod:
                if (b == 0) vm.zero_division("integer modulo by zero");
                if (b == -1) return Value::integer(0);
                return Value::integer(floor_mod64(a, b));
            case IntOp::LShift:
                if (b < 0) vm.value_error("negative shift count");
                if (a == 0) return Value::integer(0);
                if (b < 62) {
                    __int128 r = static_cast<__int128>(a) << b;
                    return from_i128(vm, r);
                }
                break;
            case IntOp::RShift:
                if (b < 0) vm.value_error("negative shift count");
                return Value::integer(b >= 64 ? (a < 0 ? -1 : 0) : (a >> b));
            case IntOp::And: return Value::integer(a & b);
            case IntOp::Or: return Value::integer(a | b);
            case IntOp::Xor: return Value::integer(a ^ b);
            case IntOp::Pow: break;
        }
    }
    return big_binary(vm, op, av, bv);
}

// ---- float power (shared with float.__pow__ through int ** negative int) ------------------

bool is_odd_integer(double y) { return std::fmod(std::fabs(y), 2.0) == 1.0; }

Value float_pow(VM& vm, double x, double y) {
    if (y == 0) return Value::floating(1.0);
    if (std::isnan(x)) return Value::floating(x);
    if (std::isnan(y)) return Value::floating(x == 1.0 ? 1.0 : y);
    if (std::isinf(y)) {
        double ax = std::fabs(x);
        if (ax == 1.0) return Value::floating(1.0);
        return Value::floating((y > 0) == (ax > 1.0) ? std::fabs(y) : 0.0);
    }
    if (std::isinf(x)) {
        bool odd = is_odd_integer(y);
        if (x > 0) return Value::floating(y > 0 ? x : 0.0);
        return Value::floating(y > 0 ? (odd ? x : -x) : (odd ? -0.0 : 0.0));
    }
    if (x == 0.0) {
        if (y < 0) vm.zero_division("0.0 cannot be raised to a negative power");
        return Value::floating(is_odd_integer(y) ? x : 0.0);
    }
    if (x < 0 && y != std::floor(y))
        vm.value_error("math domain error");  // CPython returns a complex number here
    if (x == 1.0) return Value::floating(1.0);
    double r = std::pow(x, y);
    if (std::isinf(r))
        throw PyError{vm.new_exception(vm.e.OverflowError, {Value::integer(34), vm.str("Numerical result out of range")})};
    return Value::floating(r);
}

// ---- native methods -----------------------------------------------------------------------

// Slot wrappers' arity message: "expected 1 argument, got 0".
void expect_args(VM& vm, Args args, size_t n) {
    if (args.size() != n + 1)
        vm.type_error("expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + ", got " +
                      std::to_string(args.size() ? args.size() - 1 : 0));
}

template <IntOp op, bool reflected>
Value int_binop(VM& vm, Args args) {
    expect_args(vm, args, 1);
    if (!is_int_value(args[1]) || !is_int_value(args[0])) return vm.NotImplemented;
    return reflected ? int_binary(vm, op, args[1], args[0]) : int_binary(vm, op, args[0], args[1]);
}

// bool & bool stays bool; anything else is int arithmetic.
template <IntOp op, bool reflected>
Value bool_bitop(VM& vm, Args args) {
    expect_args(vm, args, 1);
    if (args[0].is_bool() && args[1].is_bool()) {
        bool a = args[0].as_bool(), b = args[1].as_bool();
        return Value::boolean(op == IntOp::And ? (a && b) : op == IntOp::Or ? (a || b) : (a != b));
    }
    return int_binop<op, reflected>(vm, args);
}

Value int_truediv(VM& vm, Args args) {
    expect_args(vm, args, 1);
    if (!is_int_value(args[1])) return vm.NotImplemented;
    return Value::floating(int_true_divide(vm, args[0], args[1]));
}

Value int_rtruediv(VM& vm, Args args) {
    expect_args(vm, args, 1);
    if (!is_int_value(args[1])) return vm.NotImplemented;
    return Value::floating(int_true_divide(vm, args[1], args[0]));
}

Value divmod_values(VM& vm, const Value& a, const Value& b) {
    if (is_small_int(b) && b.as_int() == 0) vm.zero_division("integer division or modulo by zero");
    Value q = int_binary(vm, IntOp::FloorDiv, a, b);
    Value r = int_binary(vm, IntOp::Mod, a, b);
    return vm.tuple({q, r});
}

Value int_divmod(VM& vm, Args args) {
    expect_args(vm, args, 1);
    if (!is_int_value(args[1])) return vm.NotImplemented;
    return divmod_values(vm, args[0], args[1]);
}

Value int_rdivmod(VM& vm, Args args) {
    expect_args(vm, args, 1);
    if (!is_int_value(args[1])) return vm.NotImplemented;
    return divmod_values(vm, args[1], args[0]);
}

Value int_pow_method(VM& vm, Args args) {
    if (args.size() < 2 || args.size() > 3) vm.type_error("expected 1 or 2 arguments");
    if (!is_int_value(args[1])) return vm.NotImplemented;
    if (args.size() == 3 && !args[2].is_none()) {
        if (!is_int_value(args[2])) return vm.NotImplemented;
        return int_pow_mod(vm, args[0], args[1], args[2]);
    }
    return int_binary(vm, IntOp::Pow, args[0], args[1]);
}

Value int_rpow(VM& vm, Args args) {
    if (args.size() < 2 || args.size() > 3) vm.type_error("expected 1 or 2 arguments");
    if (!is_int_value(args[1])) return vm.NotImplemented;
    if (args.size() == 3 && !args[2].is_none()) {
        if (!is_int_value(args[2])) return vm.NotImplemented;
        return int_pow_mod(vm, args[1], args[0], args[2]);
    }
    return int_binary(vm, IntOp::Pow, args[1], args[0]);
}

Value int_neg(VM& vm, Args args) {
    if (is_small_int(args[0])) return from_i128(vm, -static_cast<__int128>(args[0].as_int()));
    return vm.integer(-int_to_mpz(args[0]));
}
Value int_pos(VM& vm, Args args) {
    if (is_small_int(args[0])) return Value::integer(args[0].as_int());
    return vm.integer(int_to_mpz(args[0]));
}
Value int_abs(VM& vm, Args args) {
    if (is_small_int(args[0])) {
        __int128 v = args[0].as_int();
        return from_i128(vm, v < 0 ? -v : v);
    }
    return vm.integer(abs(int_to_mpz(args[0])));
}
Value int_invert(VM& vm, Args args) {
    if (is_small_int(args[0])) return Value::integer(~args[0].as_int());
    return vm.integer(-int_to_mpz(args[0]) - 1);
}
Value int_bool(VM&, Args args) {
    return Value::boolean(is_small_int(args[0]) ? args[0].as_int() != 0 : int_to_mpz(args[0]) != 0);
}
Value int_int(VM& vm, Args args) { return int_pos(vm, args); }
Value int_float(VM& vm, Args args) { return Value::floating(int_to_double(vm, args[0])); }
Value int_hash(VM&, Args args) {
    if (is_small_int(args[0])) return Value::integer(hash_int64(args[0].as_int()));
    return Value::integer(hash_mpz(int_to_mpz(args[0])));
}

Value int_repr(VM& vm, Args args) { return vm.str(int_to_decimal(vm, args[0])); }
Value bool_repr(VM& vm, Args args) {
    if (args[0].is_bool()) return vm.str(args[0].as_bool() ? "True" : "False");
    return int_repr(vm, args);
}

Value int_format(VM& vm, Args args) {
    expect_args(vm, args, 1);
    if (!(args[1].is_obj() && vm.isinstance(args[1], vm.t.str)))
        vm.type_error("__format__() argument must be str, not " + vm.type_name(args[1]));
    std::string_view spec = as_str(args[1])->s;
    if (spec.empty()) return vm.str(vm.to_str(args[0]));
    try {
        return vm.str(format_int(int_to_mpz(args[0]), spec, vm.type_name(args[0])));
    } catch (const FormatError& e) {
        raise_format_error(vm, e);
    }
}

// Comparisons between ints; other types get NotImplemented (float handles int itself).
template <CompareOp op>
Value int_compare(VM& vm, Args args) {
    expect_args(vm, args, 1);
    if (!is_int_value(args[1])) return vm.NotImplemented;
    int c;
    if (is_small_int(args[0]) && is_small_int(args[1])) {
        int64_t a = args[0].as_int(), b = args[1].as_int();
        c = a < b ? -1 : a > b ? 1 : 0;
    } else {
        c = cmp(int_to_mpz(args[0]), int_to_mpz(args[1]));
        c = c < 0 ? -1 : c > 0 ? 1 : 0;
    }
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

// round(int, ndigits): half to even at 10**-ndigits.
Value int_round(VM& vm, Args args) {
    if (args.size() > 2) vm.type_error("__round__ expected at most 1 argument, got " + std::to_string(args.size() - 1));
    if (args.size() == 1 || args[1].is_none()) return int_pos(vm, args);
    if (!is_int_value(args[1])) {
        vm.to_index(args[1]);  // raises the TypeError
    }
    mpz_class nd = is_int_value(args[1]) ? int_to_mpz(args[1]) : mpz_class(static_cast<long>(vm.to_index(args[1])));
    if (nd >= 0) return int_pos(vm, args);
    mpz_class a = int_to_mpz(args[0]);
    mpz_class k = -nd;
    if (k > mpz_class(static_cast<unsigned long>(mpz_sizeinbase(a.get_mpz_t(), 10) + 1))) return Value::integer(0);
    mpz_class p;
    mpz_ui_pow_ui(p.get_mpz_t(), 10, k.get_ui());
    mpz_class q, r;
    mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), a.get_mpz_t(), p.get_mpz_t());
    mpz_class twice = 2 * r;
    if (twice > p || (twice == p && mpz_odd_p(q.get_mpz_t()))) q += 1;
    return vm.integer(q * p);
}

Value int_bit_length(VM&, Args args) {
    if (is_small_int(args[0])) {
        int64_t v = args[0].as_int();
        uint64_t a = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        return Value::integer(a == 0 ? 0 : 64 - __builtin_clzll(a));
    }
    return Value::integer(static_cast<int64_t>(bit_length(abs(int_to_mpz(args[0])))));
}

Value int_bit_count(VM&, Args args) {
    mpz_class a = abs(int_to_mpz(args[0]));
    return Value::integer(static_cast<int64_t>(mpz_popcount(a.get_mpz_t())));
}

Value int_as_integer_ratio(VM& vm, Args args) { return vm.tuple({int_pos(vm, args), Value::integer(1)}); }
Value int_zero(VM&, Args) { return Value::integer(0); }
Value int_one(VM&, Args) { return Value::integer(1); }

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Value int_to_bytes(VM& vm, Args args) {
    const Value* length_kw = vm.kwarg(args, "length");
    const Value* order_kw = vm.kwarg(args, "byteorder");
    const Value* signed_kw = vm.kwarg(args, "signed");
    int64_t length = args.size() > 1 ? vm.to_index(args[1]) : length_kw ? vm.to_index(*length_kw) : 1;
    std::string order = "big";
    if (args.size() > 2) order = vm.to_str(args[2]);
    else if (order_kw) order = vm.to_str(*order_kw);
    bool is_signed = signed_kw && vm.truthy(*signed_kw);
    if (order != "big" && order != "little") vm.value_error("byteorder must be either 'little' or 'big'");
    if (length < 0) vm.value_error("length argument must be non-negative");
    mpz_class v = int_to_mpz(args[0]);
    if (v < 0 && !is_signed) vm.overflow_error("can't convert negative int to unsigned");
    mpz_class modulus = mpz_class(1) << static_cast<mp_bitcnt_t>(8 * length);
    mpz_class lo = is_signed ? mpz_class(-(modulus / 2)) : mpz_class(0);
    mpz_class hi = is_signed ? mpz_class(modulus / 2) : modulus;
    if (v < lo || v >= hi) vm.overflow_error("int too big to convert");
    if (v < 0) v += modulus;
    std::string out(static_cast<size_t>(length), '\0');
    for (int64_t i = 0; i < length; ++i) {
        mpz_class byte = v & 0xFF;
        out[static_cast<size_t>(order == "big" ? length - 1 - i : i)] = static_cast<char>(byte.get_ui());
        v >>= 8;
    }
    return Value(make<BytesObject>(vm.t.bytes, std::move(out)));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False)
Value int_from_bytes(VM& vm, Args args) {
    if (args.size() < 2) vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    const Value& data = args[1];
    std::string bytes;
    if (data.is_obj() && vm.isinstance(data, vm.t.bytes)) bytes = data.as<BytesObject>()->data;
    else for (const Value& b : vm.to_vector(data)) bytes += static_cast<char>(vm.to_index(b));
    std::string order = "big";
    if (args.size() > 2) order = vm.to_str(args[2]);
    else if (const Value* o = vm.kwarg(args, "byteorder")) order = vm.to_str(*o);
    if (order != "big" && order != "little") vm.value_error("byteorder must be either 'little' or 'big'");
    const Value* signed_kw = vm.kwarg(args, "signed");
    mpz_class v = 0;
    for (size_t i = 0; i < bytes.size(); ++i) {
        size_t idx = order == "big" ? i : bytes.size() - 1 - i;
        v = (v << 8) + static_cast<unsigned char>(bytes[idx]);
    }
    if (signed_kw && vm.truthy(*signed_kw) && !bytes.empty() &&
        (static_cast<unsigned char>(bytes[order == "big" ? 0 : bytes.size() - 1]) & 0x80))
        v -= mpz_class(1) << static_cast<mp_bitcnt_t>(8 * bytes.size());
    return vm.integer(v);
}

// int(x=0) / int(x, base=10)
Value int_new_exact(VM& vm, Args args);

// A user subclass of int gets a heap object of its own type holding the value.
Value int_new(VM& vm, Args args) {
    TypeObject* cls = new_class_arg(vm, args, vm.t.int_);
    Value v = int_new_exact(vm, args);
    if (cls == vm.t.int_) return v;
    return Value(make<BigIntObject>(cls, int_to_mpz(v)));
}

Value int_new_exact(VM& vm, Args args) {
    size_t n = args.size() - 1;
    const Value* x = n >= 1 ? &args[1] : nullptr;
    const Value* base_v = n >= 2 ? &args[2] : nullptr;
    if (args.kw) {
        for (const KwArg& kw : *args.kw) {
            if (kw.name->s == "base" && !base_v) base_v = &kw.value;
            else vm.type_error("'" + kw.name->s + "' is an invalid keyword argument for int()");
        }
    }
    if (n > 2) vm.type_error("int() takes at most 2 arguments (" + std::to_string(n) + " given)");
    if (!x) {
        if (base_v) vm.type_error("int() missing string argument");
        return Value::integer(0);
    }
    if (base_v) {
        int64_t base = vm.to_index(*base_v);
        if (base != 0 && (base < 2 || base > 36)) vm.value_error("int() base must be >= 2 and <= 36, or 0");
        if (x->is_obj() && vm.isinstance(*x, vm.t.str))
            return int_from_text(vm, as_str(*x)->s, static_cast<int>(base), str_repr(as_str(*x)->s));
        if (x->is_obj() && vm.isinstance(*x, vm.t.bytes))
            return int_from_text(vm, x->as<BytesObject>()->data, static_cast<int>(base), bytes_repr(x->as<BytesObject>()->data));
        vm.type_error("int() can't convert non-string with explicit base");
    }
    if (is_int_value(*x)) return is_small_int(*x) ? Value::integer(x->as_int()) : vm.integer(int_to_mpz(*x));
    if (x->is_float()) return int_from_double(vm, x->as_float());
    if (x->is_obj() && vm.isinstance(*x, vm.t.str)) return int_from_text(vm, as_str(*x)->s, 10, str_repr(as_str(*x)->s));
    if (x->is_obj() && vm.isinstance(*x, vm.t.bytes))
        return int_from_text(vm, x->as<BytesObject>()->data, 10, bytes_repr(x->as<BytesObject>()->data));
    TypeObject* type = vm.type_of(*x);
    for (const char* name : {"__int__", "__index__", "__trunc__"}) {
        if (auto m = vm.lookup_type(type, name)) {
            Value r = vm.call(*m, {*x});
            if (!is_int_value(r))
                vm.type_error(std::string(name) + " returned non-int (type " + vm.type_name(r) + ")");
            return is_small_int(r) ? Value::integer(r.as_int()) : vm.integer(int_to_mpz(r));
        }
    }
    vm.type_error("int() argument must be a string, a bytes-like object or a real number, not '" + vm.type_name(*x) + "'");
}

Value bool_new(VM& vm, Args args) {
    vm.no_kwargs("bool", args);
    if (args.size() > 2) vm.type_error("bool expected at most 1 argument, got " + std::to_string(args.size() - 1));
    return Value::boolean(args.size() == 2 && vm.truthy(args[1]));
}

Value int_getnewargs(VM& vm, Args args) { return vm.tuple({int_pos(vm, args)}); }

// A method name as a template argument, so each registered method knows its own name.
template <size_t N>
struct MethodName {
    char text[N];
    constexpr MethodName(const char (&s)[N]) { std::copy_n(s, N, text); }
};

// Methods reached through the class (int.__neg__("x")) must not trust args[0].
template <MethodName name, NativeFn F>
Value int_self(VM& vm, Args args) {
    std::string n = name.text;
    if (args.size() == 0) vm.type_error("descriptor '" + n + "' of 'int' object needs an argument");
    if (!is_int_value(args[0])) {
        if (n.rfind("__", 0) == 0)
            vm.type_error("descriptor '" + n + "' requires a 'int' object but received a '" + vm.type_name(args[0]) + "'");
        vm.type_error("descriptor '" + n + "' for 'int' objects doesn't apply to a '" + vm.type_name(args[0]) + "' object");
    }
    return F(vm, args);
}

}  // namespace

void init_int_type(VM& vm) {
    TypeObject* t = vm.t.int_;
    vm.add_static(t, "__new__", int_new);
    vm.add_method(t, "__add__", int_self<"__add__", int_binop<IntOp::Add, false>>);
    vm.add_method(t, "__radd__", int_self<"__radd__", int_binop<IntOp::Add, true>>);
    vm.add_method(t, "__sub__", int_self<"__sub__", int_binop<IntOp::Sub, false>>);
    vm.add_method(t, "__rsub__", int_self<"__rsub__", int_binop<IntOp::Sub, true>>);
    vm.add_method(t, "__mul__", int_self<"__mul__", int_binop<IntOp::Mul, false>>);
    vm.add_method(t, "__rmul__", int_self<"__rmul__", int_binop<IntOp::Mul, true>>);
    vm.add_method(t, "__floordiv__", int_self<"__floordiv__", int_binop<IntOp::FloorDiv, false>>);
    vm.add_method(t, "__rfloordiv__", int_self<"__rfloordiv__", int_binop<IntOp::FloorDiv, true>>);
    vm.add_method(t, "__mod__", int_self<"__mod__", int_binop<IntOp::Mod, false>>);
    vm.add_method(t, "__rmod__", int_self<"__rmod__", int_binop<IntOp::Mod, true>>);
    vm.add_method(t, "__lshift__", int_self<"__lshift__", int_binop<IntOp::LShift, false>>);
    vm.add_method(t, "__rlshift__", int_self<"__rlshift__", int_binop<IntOp::LShift, true>>);
    vm.add_method(t, "__rshift__", int_self<"__rshift__", int_binop<IntOp::RShift, false>>);
    vm.add_method(t, "__rrshift__", int_self<"__rrshift__", int_binop<IntOp::RShift, true>>);
    vm.add_method(t, "__and__", int_self<"__and__", int_binop<IntOp::And, false>>);
    vm.add_method(t, "__rand__", int_self<"__rand__", int_binop<IntOp::And, true>>);
    vm.add_method(t, "__or__", int_self<"__or__", int_binop<IntOp::Or, false>>);
    vm.add_method(t, "__ror__", int_self<"__ror__", int_binop<IntOp::Or, true>>);
    vm.add_method(t, "__xor__", int_self<"__xor__", int_binop<IntOp::Xor, false>>);
    vm.add_method(t, "__rxor__", int_self<"__rxor__", int_binop<IntOp::Xor, true>>);
    vm.add_method(t, "__truediv__", int_self<"__truediv__", int_truediv>);
    vm.add_method(t, "__rtruediv__", int_self<"__rtruediv__", int_rtruediv>);
    vm.add_method(t, "__divmod__", int_self<"__divmod__", int_divmod>);
    vm.add_method(t, "__rdivmod__", int_self<"__rdivmod__", int_rdivmod>);
    vm.add_method(t, "__pow__", int_self<"__pow__", int_pow_method>);
    vm.add_method(t, "__rpow__", int_self<"__rpow__", int_rpow>);
    vm.add_method(t, "__neg__", int_self<"__neg__", int_neg>);
    vm.add_method(t, "__pos__", int_self<"__pos__", int_pos>);
    vm.add_method(t, "__abs__", int_self<"__abs__", int_abs>);
    vm.add_method(t, "__invert__", int_self<"__invert__", int_invert>);
    vm.add_method(t, "__bool__", int_self<"__bool__", int_bool>);
    vm.add_method(t, "__index__", int_self<"__index__", int_int>);
    vm.add_method(t, "__int__", int_self<"__int__", int_int>);
    vm.add_method(t, "__float__", int_self<"__float__", int_float>);
    vm.add_method(t, "__trunc__", int_self<"__trunc__", int_int>);
    vm.add_method(t, "__floor__", int_self<"__floor__", int_int>);
    vm.add_method(t, "__ceil__", int_self<"__ceil__", int_int>);
    vm.add_method(t, "__round__", int_self<"__round__", int_round>);
    vm.add_method(t, "__hash__", int_self<"__hash__", int_hash>);
    vm.add_method(t, "__repr__", int_self<"__repr__", int_repr>);
    vm.add_method(t, "__str__", int_self<"__str__", int_repr>);
    vm.add_method(t, "__format__", int_self<"__format__", int_format>);
    vm.add_method(t, "__eq__", int_self<"__eq__", int_compare<CompareOp::Eq>>);
    vm.add_method(t, "__ne__", int_self<"__ne__", int_compare<CompareOp::Ne>>);
    vm.add_method(t, "__lt__", int_self<"__lt__", int_compare<CompareOp::Lt>>);
    vm.add_method(t, "__le__", int_self<"__le__", int_compare<CompareOp::Le>>);
    vm.add_method(t, "__gt__", int_self<"__gt__", int_compare<CompareOp::Gt>>);
    vm.add_method(t, "__ge__", int_self<"__ge__", int_compare<CompareOp::Ge>>);
    vm.add_method(t, "__getnewargs__", int_self<"__getnewargs__", int_getnewargs>);
    vm.add_method(t, "bit_length", int_self<"bit_length", int_bit_length>);
    vm.add_method(t, "bit_count", int_self<"bit_count", int_bit_count>);
    vm.add_method(t, "conjugate", int_self<"conjugate", int_int>);
    vm.add_method(t, "as_integer_ratio", int_self<"as_integer_ratio", int_as_integer_ratio>);
    vm.add_method(t, "to_bytes", int_self<"to_bytes", int_to_bytes>);
    vm.add_classmethod(t, "from_bytes", int_from_bytes);
    vm.add_property(t, "real", int_self<"real", int_int>);
    vm.add_property(t, "imag", int_self<"imag", int_zero>);
    vm.add_property(t, "numerator", int_self<"numerator", int_int>);
    vm.add_property(t, "denominator", int_self<"denominator", int_one>);

    TypeObject* b = vm.t.bool_;
    vm.add_static(b, "__new__", bool_new);
    vm.add_method(b, "__repr__", int_self<"__repr__", bool_repr>);
    vm.add_method(b, "__str__", int_self<"__str__", bool_repr>);
    vm.add_method(b, "__and__", int_self<"__and__", bool_bitop<IntOp::And, false>>);
    vm.add_method(b, "__rand__", int_self<"__rand__", bool_bitop<IntOp::And, true>>);
    vm.add_method(b, "__or__", int_self<"__or__", bool_bitop<IntOp::Or, false>>);
    vm.add_method(b, "__ror__", int_self<"__ror__", bool_bitop<IntOp::Or, true>>);
    vm.add_method(b, "__xor__", int_self<"__xor__", bool_bitop<IntOp::Xor, false>>);
    vm.add_method(b, "__rxor__", int_self<"__rxor__", bool_bitop<IntOp::Xor, true>>);
}

// Declared in number_util.h: Python's float ** float.
Value python_float_pow(VM& vm, double x, double y) { return float_pow(vm, x, y); }

}  // namespace ls
