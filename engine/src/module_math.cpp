// The math module with CPython's results and error messages ("math domain error",
// "math range error", ...). Integer functions (factorial, comb, isqrt, gcd) use GMP and the
// memory budget; floor/ceil/trunc return ints.
#include <cmath>
#include <limits>

#include "bigint_util.h"
#include "number_util.h"
#include "seq_util.h"
#include "types.h"

namespace ls {

namespace {

// A real argument as double: float, int (correctly rounded), or __float__/__index__.
double real_arg(VM& vm, const Value& v) {
    double d;
    if (real_to_double(vm, v, d)) return d;
    TypeObject* t = vm.type_of(v);
    if (auto f = vm.lookup_type(t, "__float__")) {
        Value r = vm.call(*f, {v});
        if (!r.is_float()) vm.type_error(t->name + ".__float__ returned non-float (type " + vm.type_name(r) + ")");
        return r.as_float();
    }
    if (auto i = vm.lookup_type(t, "__index__")) return int_to_double(vm, vm.call(*i, {v}));
    vm.type_error("must be real number, not " + vm.type_name(v));
}

// An integer argument (int, bool or __index__) as mpz.
mpz_class int_arg(VM& vm, const Value& v) {
    if (is_int_value(v)) return int_to_mpz(v);
    if (auto i = vm.lookup_type(vm.type_of(v), "__index__")) {
        Value r = vm.call(*i, {v});
        if (is_int_value(r)) return int_to_mpz(r);
        vm.type_error("__index__ returned non-int (type " + vm.type_name(r) + ")");
    }
    vm.type_error("'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
}

void one_arg(VM& vm, Args args, const char* name) {
    vm.no_kwargs(std::string("math.") + name, args);
    if (args.size() != 1)
        vm.type_error(std::string("math.") + name + "() takes exactly one argument (" + std::to_string(args.size()) + " given)");
}

void n_args(VM& vm, Args args, const char* name, size_t min, size_t max) {
    vm.no_kwargs(name, args);
    if (args.size() < min || args.size() > max) {
        std::string want = min == max ? std::to_string(min) : (args.size() < min ? "at least " + std::to_string(min) : "at most " + std::to_string(max));
        vm.type_error(std::string(name) + " expected " + want + " argument" + ((min == max ? min : args.size() < min ? min : max) == 1 ? "" : "s") +
                      ", got " + std::to_string(args.size()));
    }
}

[[noreturn]] void domain_error(VM& vm) { vm.value_error("math domain error"); }
[[noreturn]] void range_error(VM& vm) { vm.overflow_error("math range error"); }

// CPython's math_1: NaN from a non-NaN input is a domain error; an infinite result from a finite
// input is a range error (or a domain error for functions with poles, like log(0)).
Value math_1(VM& vm, Args args, const char* name, double (*fn)(double), bool can_overflow) {
    one_arg(vm, args, name);
    double x = real_arg(vm, args[0]);
    double r = fn(x);
    if (std::isnan(r) && !std::isnan(x)) domain_error(vm);
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) range_error(vm);
        domain_error(vm);
    }
    return Value::floating(r);
}

#define MATH_FUNC(pyname, cfn, overflow) \
    Value math_##pyname(VM& vm, Args args) { return math_1(vm, args, #pyname, [](double x) { return cfn(x); }, overflow); }

MATH_FUNC(sin, std::sin, false)
MATH_FUNC(cos, std::cos, false)
MATH_FUNC(tan, std::tan, false)
MATH_FUNC(asin, std::asin, false)
MATH_FUNC(acos, std::acos, false)
MATH_FUNC(atan, std::atan, false)
MATH_FUNC(sinh, std::sinh, true)
MATH_FUNC(cosh, std::cosh, true)
MATH_FUNC(tanh, std::tanh, false)
MATH_FUNC(asinh, std::asinh, false)
MATH_FUNC(acosh, std::acosh, false)
MATH_FUNC(atanh, std::atanh, false)
MATH_FUNC(exp, std::exp, true)
MATH_FUNC(exp2, std::exp2, true)
MATH_FUNC(expm1, std::expm1, true)
MATH_FUNC(log1p, std::log1p, false)
MATH_FUNC(fabs, std::fabs, false)
MATH_FUNC(erf, std::erf, false)
MATH_FUNC(erfc, std::erfc, false)
MATH_FUNC(lgamma, std::lgamma, true)
MATH_FUNC(cbrt, std::cbrt, false)
#undef MATH_FUNC

Value math_sqrt(VM& vm, Args args) {
    one_arg(vm, args, "sqrt");
    double x = real_arg(vm, args[0]);
    if (x < 0) domain_error(vm);
    return Value::floating(std::sqrt(x));
}

Value math_gamma(VM& vm, Args args) {
    one_arg(vm, args, "gamma");
    double x = real_arg(vm, args[0]);
    if ((x <= 0 && x == std::floor(x)) || x == -INFINITY) domain_error(vm);
    double r = std::tgamma(x);
    if (std::isinf(r) && std::isfinite(x)) range_error(vm);
    return Value::floating(r);
}

// log of a positive int too large for a double: log(m * 2**e) = log(m) + e*log(2).
double log_of(VM& vm, const Value& v, double (*fn)(double), double ln_base) {
    if (is_int_value(v)) {
        mpz_class n = int_to_mpz(v);
        if (n <= 0) domain_error(vm);
        if (mpz_sizeinbase(n.get_mpz_t(), 2) > 1000) {
            long e;
            double m = mpz_get_d_2exp(&e, n.get_mpz_t());
            return fn(m) + static_cast<double>(e) * std::log(2.0) / ln_base;
        }
    }
    double x = real_arg(vm, v);
    if (std::isnan(x)) return x;
    if (x <= 0) domain_error(vm);
    return fn(x);
}

Value math_log(VM& vm, Args args) {
    n_args(vm, args, "log", 1, 2);
    double num = log_of(vm, args[0], [](double x) { return std::log(x); }, 1.0);
    if (args.size() == 1) return Value::floating(num);
    double den = log_of(vm, args[1], [](double x) { return std::log(x); }, 1.0);
    if (den == 0.0) vm.zero_division("float division by zero");
    return Value::floating(num / den);
}

Value math_log2(VM& vm, Args args) {
    one_arg(vm, args, "log2");
    return Value::floating(log_of(vm, args[0], [](double x) { return std::log2(x); }, std::log(2.0)));
}

Value math_log10(VM& vm, Args args) {
    one_arg(vm, args, "log10");
    return Value::floating(log_of(vm, args[0], [](double x) { return std::log10(x); }, std::log(10.0)));
}

Value math_pow(VM& vm, Args args) {
    n_args(vm, args, "pow", 2, 2);
    double x = real_arg(vm, args[0]), y = real_arg(vm, args[1]);
    if (std::isfinite(x) && std::isfinite(y)) {
        if (x == 0.0 && y < 0) domain_error(vm);
        if (x < 0 && y != std::floor(y)) domain_error(vm);
    }
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error(vm);
    return Value::floating(r);
}

Value math_atan2(VM& vm, Args args) {
    n_args(vm, args, "atan2", 2, 2);
    return Value::floating(std::atan2(real_arg(vm, args[0]), real_arg(vm, args[1])));
}

Value math_copysign(VM& vm, Args args) {
    n_args(vm, args, "copysign", 2, 2);
    return Value::floating(std::copysign(real_arg(vm, args[0]), real_arg(vm, args[1])));
}

Value math_fmod(VM& vm, Args args) {
    n_args(vm, args, "fmod", 2, 2);
    double x = real_arg(vm, args[0]), y = real_arg(vm, args[1]);
    if (std::isinf(y) && std::isfinite(x)) return Value::floating(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error(vm);
    return Value::floating(r);
}

Value math_remainder(VM& vm, Args args) {
    n_args(vm, args, "remainder", 2, 2);
    double x = real_arg(vm, args[0]), y = real_arg(vm, args[1]);
    double r = std::remainder(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error(vm);
    return Value::floating(r);
}

Value math_modf(VM& vm, Args args) {
    one_arg(vm, args, "modf");
    double x = real_arg(vm, args[0]);
    if (std::isinf(x)) return vm.tuple({Value::floating(std::copysign(0.0, x)), Value::floating(x)});
    double ip;
    double fp = std::modf(x, &ip);
    return vm.tuple({Value::floating(fp), Value::floating(ip)});
}

Value math_frexp(VM& vm, Args args) {
    one_arg(vm, args, "frexp");
    double x = real_arg(vm, args[0]);
    if (std::isnan(x) || std::isinf(x) || x == 0.0) return vm.tuple({Value::floating(x), Value::integer(0)});
    int e;
    double m = std::frexp(x, &e);
    return vm.tuple({Value::floating(m), Value::integer(e)});
}

Value math_ldexp(VM& vm, Args args) {
    n_args(vm, args, "ldexp", 2, 2);
    double x = real_arg(vm, args[0]);
    if (!is_int_value(args[1])) vm.type_error("Expected an int as second argument to ldexp.");
    mpz_class e = int_to_mpz(args[1]);
    if (x == 0.0 || !std::isfinite(x)) return Value::floating(x);
    if (e > 100000) range_error(vm);
    if (e < -100000) return Value::floating(std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(e.get_si()));
    if (std::isinf(r)) range_error(vm);
    return Value::floating(r);
}

Value math_degrees(VM& vm, Args args) {
    one_arg(vm, args, "degrees");
    return Value::floating(real_arg(vm, args[0]) * (180.0 / M_PI));
}

Value math_radians(VM& vm, Args args) {
    one_arg(vm, args, "radians");
    return Value::floating(real_arg(vm, args[0]) * (M_PI / 180.0));
}

Value math_hypot(VM& vm, Args args) {
    vm.no_kwargs("hypot", args);
    double r = 0.0;
    bool any_inf = false, any_nan = false;
    std::vector<double> xs;
    for (size_t i = 0; i < args.size(); ++i) {
        double x = std::fabs(real_arg(vm, args[i]));
        if (std::isinf(x)) any_inf = true;
        if (std::isnan(x)) any_nan = true;
        xs.push_back(x);
    }
    if (any_inf) return Value::floating(INFINITY);
    if (any_nan) return Value::floating(NAN);
    if (xs.size() == 2) return Value::floating(std::hypot(xs[0], xs[1]));
    double scale = 0;
    for (double x : xs) scale = std::max(scale, x);
    if (scale == 0) return Value::floating(0.0);
    for (double x : xs) r += (x / scale) * (x / scale);
    return Value::floating(scale * std::sqrt(r));
}

Value math_dist(VM& vm, Args args) {
    n_args(vm, args, "dist", 2, 2);
    std::vector<Value> p = vm.to_vector(args[0]), q = vm.to_vector(args[1]);
    if (p.size() != q.size()) vm.value_error("both points must have the same number of dimensions");
    std::vector<Value> diffs;
    for (size_t i = 0; i < p.size(); ++i) diffs.push_back(Value::floating(real_arg(vm, p[i]) - real_arg(vm, q[i])));
    return math_hypot(vm, Args{diffs.data(), diffs.size(), nullptr});
}

// floor/ceil/trunc: ints pass through; floats become ints; others use __floor__/__ceil__/__trunc__.
Value round_to_int(VM& vm, Args args, const char* name, const char* dunder, double (*fn)(double)) {
    one_arg(vm, args, name);
    const Value& x = args[0];
    if (is_int_value(x)) return is_small_int(x) ? Value::integer(x.as_int()) : x;
    if (x.is_float()) return int_from_double(vm, fn(x.as_float()));
    if (auto m = vm.lookup_type(vm.type_of(x), dunder)) return vm.call(*m, {x});
    if (std::string(dunder) == "__trunc__")
        vm.type_error("type " + vm.type_name(x) + " doesn't define __trunc__ method");
    return int_from_double(vm, fn(real_arg(vm, x)));
}

Value math_floor(VM& vm, Args args) { return round_to_int(vm, args, "floor", "__floor__", [](double x) { return std::floor(x); }); }
Value math_ceil(VM& vm, Args args) { return round_to_int(vm, args, "ceil", "__ceil__", [](double x) { return std::ceil(x); }); }
Value math_trunc(VM& vm, Args args) { return round_to_int(vm, args, "trunc", "__trunc__", [](double x) { return std::trunc(x); }); }

Value math_isqrt(VM& vm, Args args) {
    one_arg(vm, args, "isqrt");
    mpz_class n = int_arg(vm, args[0]);
    if (n < 0) vm.value_error("isqrt() argument must be nonnegative");
    mpz_class r;
    mpz_sqrt(r.get_mpz_t(), n.get_mpz_t());
    return vm.integer(r);
}

Value math_gcd(VM& vm, Args args) {
    vm.no_kwargs("gcd", args);
    mpz_class g = 0;
    for (size_t i = 0; i < args.size(); ++i) {
        mpz_class n = int_arg(vm, args[i]);
        mpz_gcd(g.get_mpz_t(), g.get_mpz_t(), n.get_mpz_t());
    }
    return vm.integer(g);
}

Value math_lcm(VM& vm, Args args) {
    vm.no_kwargs("lcm", args);
    mpz_class l = 1;
    for (size_t i = 0; i < args.size(); ++i) {
        mpz_class n = int_arg(vm, args[i]);
        mpz_lcm(l.get_mpz_t(), l.get_mpz_t(), n.get_mpz_t());
    }
    return vm.integer(l);
}

// Rough bit size of n! (Stirling), to refuse results beyond the memory budget before computing.
double factorial_bits(double n) { return n < 2 ? 1 : n * std::log2(n) - n * 1.4427 + 64; }

Value math_factorial(VM& vm, Args args) {
    one_arg(vm, args, "factorial");
    if (args[0].is_float()) vm.type_error("'float' object cannot be interpreted as an integer");
    mpz_class n = int_arg(vm, args[0]);
    if (n < 0) vm.value_error("factorial() not defined for negative values");
    if (!n.fits_ulong_p()) vm.overflow_error("factorial() argument should not exceed 9223372036854775807");
    double bits = factorial_bits(n.get_d());
    if (bits > 8.0 * (1 << 20)) vm.reserve_bytes(static_cast<size_t>(bits / 8));
    mpz_class r;
    mpz_fac_ui(r.get_mpz_t(), n.get_ui());
    return vm.integer(r);
}

Value math_comb(VM& vm, Args args) {
    n_args(vm, args, "comb", 2, 2);
    mpz_class n = int_arg(vm, args[0]), k = int_arg(vm, args[1]);
    if (n < 0) vm.value_error("n must be a non-negative integer");
    if (k < 0) vm.value_error("k must be a non-negative integer");
    if (k > n) return Value::integer(0);
    if (!n.fits_ulong_p()) vm.overflow_error("n must not exceed 9223372036854775807");
    mpz_class kk = std::min(k, mpz_class(n - k));
    if (kk.get_d() * std::log2(std::max(n.get_d(), 2.0)) > 8.0 * (1 << 20))
        vm.reserve_bytes(static_cast<size_t>(kk.get_d() * std::log2(n.get_d()) / 8));
    mpz_class r;
    mpz_bin_uiui(r.get_mpz_t(), n.get_ui(), kk.get_ui());
    return vm.integer(r);
}

Value math_perm(VM& vm, Args args) {
    n_args(vm, args, "perm", 1, 2);
    mpz_class n = int_arg(vm, args[0]);
    if (n < 0) vm.value_error("n must be a non-negative integer");
    mpz_class k = (args.size() > 1 && !args[1].is_none()) ? int_arg(vm, args[1]) : n;
    if (k < 0) vm.value_error("k must be a non-negative integer");
    if (k > n) return Value::integer(0);
    if (!n.fits_ulong_p()) vm.overflow_error("n must not exceed 9223372036854775807");
    if (k.get_d() * std::log2(std::max(n.get_d(), 2.0)) > 8.0 * (1 << 20))
        vm.reserve_bytes(static_cast<size_t>(k.get_d() * std::log2(n.get_d()) / 8));
    mpz_class r = 1;
    unsigned long nn = n.get_ui(), kk = k.get_ui();
    for (unsigned long i = 0; i < kk; ++i) r *= (nn - i);
    return vm.integer(r);
}

Value math_isclose(VM& vm, Args args) {
    if (args.size() != 2) vm.type_error("isclose() takes exactly 2 positional arguments (" + std::to_string(args.size()) + " given)");
    arg_kw_only(vm, args, "isclose", {"rel_tol", "abs_tol"});
    double a = real_arg(vm, args[0]), b = real_arg(vm, args[1]);
    const Value* rt = vm.kwarg(args, "rel_tol");
    const Value* at = vm.kwarg(args, "abs_tol");
    double rel = rt ? real_arg(vm, *rt) : 1e-9, abs_tol = at ? real_arg(vm, *at) : 0.0;
    if (rel < 0.0 || abs_tol < 0.0) vm.value_error("tolerances must be non-negative");
    if (a == b) return Value::boolean(true);
    if (std::isinf(a) || std::isinf(b)) return Value::boolean(false);
    double diff = std::fabs(b - a);
    return Value::boolean((diff <= std::fabs(rel * b)) || (diff <= std::fabs(rel * a)) || (diff <= abs_tol));
}

Value math_isinf(VM& vm, Args args) { one_arg(vm, args, "isinf"); return Value::boolean(std::isinf(real_arg(vm, args[0]))); }
Value math_isnan(VM& vm, Args args) { one_arg(vm, args, "isnan"); return Value::boolean(std::isnan(real_arg(vm, args[0]))); }
Value math_isfinite(VM& vm, Args args) { one_arg(vm, args, "isfinite"); return Value::boolean(std::isfinite(real_arg(vm, args[0]))); }

// fsum: exact rational accumulation, rounded once at the end (what CPython's Shewchuk sum gives).
Value math_fsum(VM& vm, Args args) {
    one_arg(vm, args, "fsum");
    mpq_class total = 0;
    double special = 0.0;
    bool has_special = false;
    Value it = vm.iter(args[0]);
    Value item;
    while (vm.next(it, item)) {
        double x = real_arg(vm, item);
        if (!std::isfinite(x)) {
            if (has_special && std::isinf(special) && std::isinf(x) && special != x)
                vm.value_error("-inf + inf in fsum");
            special = has_special ? special + x : x;
            has_special = true;
            continue;
        }
        mpq_class q;
        mpq_set_d(q.get_mpq_t(), x);
        total += q;
    }
    if (has_special) return Value::floating(special);
    total.canonicalize();
    bool overflow = false;
    double r = mpz_true_divide(total.get_num(), total.get_den(), overflow);
    if (overflow) vm.overflow_error("intermediate overflow in fsum");
    return Value::floating(r);
}

Value math_prod(VM& vm, Args args) {
    if (args.size() != 1) vm.type_error("prod() takes exactly 1 positional argument (" + std::to_string(args.size()) + " given)");
    arg_kw_only(vm, args, "prod", {"start"});
    const Value* start = vm.kwarg(args, "start");
    Value acc = start ? *start : Value::integer(1);
    Value it = vm.iter(args[0]);
    Value item;
    while (vm.next(it, item)) acc = vm.binary_op(ast::BinOpKind::Mult, acc, item);
    return acc;
}

Value math_nextafter(VM& vm, Args args) {
    n_args(vm, args, "nextafter", 2, 2);
    return Value::floating(std::nextafter(real_arg(vm, args[0]), real_arg(vm, args[1])));
}

Value math_ulp(VM& vm, Args args) {
    one_arg(vm, args, "ulp");
    double x = std::fabs(real_arg(vm, args[0]));
    if (std::isnan(x) || std::isinf(x)) return Value::floating(x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next)) return Value::floating(x - std::nextafter(x, -INFINITY));
    return Value::floating(next - x);
}

}  // namespace

void init_module_math(VM& vm) {
    vm.register_module("math", [](VM& vm) {
        Value m = vm.new_module("math");
        auto def = [&](const char* name, NativeFn fn) { vm.module_set(m, name, vm.native_function(name, name, fn)); };
        vm.module_set(m, "pi", Value::floating(M_PI));
        vm.module_set(m, "e", Value::floating(M_E));
        vm.module_set(m, "tau", Value::floating(2 * M_PI));
        vm.module_set(m, "inf", Value::floating(INFINITY));
        vm.module_set(m, "nan", Value::floating(NAN));
        def("sqrt", math_sqrt);
        def("isqrt", math_isqrt);
        def("floor", math_floor);
        def("ceil", math_ceil);
        def("trunc", math_trunc);
        def("fabs", math_fabs);
        def("pow", math_pow);
        def("exp", math_exp);
        def("exp2", math_exp2);
        def("expm1", math_expm1);
        def("log", math_log);
        def("log2", math_log2);
        def("log10", math_log10);
        def("log1p", math_log1p);
        def("sin", math_sin);
        def("cos", math_cos);
        def("tan", math_tan);
        def("asin", math_asin);
        def("acos", math_acos);
        def("atan", math_atan);
        def("atan2", math_atan2);
        def("sinh", math_sinh);
        def("cosh", math_cosh);
        def("tanh", math_tanh);
        def("asinh", math_asinh);
        def("acosh", math_acosh);
        def("atanh", math_atanh);
        def("erf", math_erf);
        def("erfc", math_erfc);
        def("gamma", math_gamma);
        def("lgamma", math_lgamma);
        def("cbrt", math_cbrt);
        def("hypot", math_hypot);
        def("dist", math_dist);
        def("degrees", math_degrees);
        def("radians", math_radians);
        def("gcd", math_gcd);
        def("lcm", math_lcm);
        def("factorial", math_factorial);
        def("comb", math_comb);
        def("perm", math_perm);
        def("isclose", math_isclose);
        def("isinf", math_isinf);
        def("isnan", math_isnan);
        def("isfinite", math_isfinite);
        def("fsum", math_fsum);
        def("prod", math_prod);
        def("copysign", math_copysign);
        def("fmod", math_fmod);
        def("remainder", math_remainder);
        def("modf", math_modf);
        def("frexp", math_frexp);
        def("ldexp", math_ldexp);
        def("nextafter", math_nextafter);
        def("ulp", math_ulp);
        return m;
    });
}

}  // namespace ls
