#include "bigint_util.h"

#include <cmath>

namespace ls {

double mpz_true_divide(const mpz_class& a_in, const mpz_class& b_in, bool& overflow) {
    overflow = false;
    if (a_in == 0) return (sgn(b_in) < 0) ? -0.0 : 0.0;
    bool negative = (sgn(a_in) < 0) != (sgn(b_in) < 0);
    mpz_class a = abs(a_in), b = abs(b_in);
    long na = static_cast<long>(mpz_sizeinbase(a.get_mpz_t(), 2));
    long nb = static_cast<long>(mpz_sizeinbase(b.get_mpz_t(), 2));
    // Scale so that the integer quotient q has at least 55 bits: one guard bit plus sticky.
    long shift = 55 - (na - nb);
    mpz_class num = a, den = b;
    if (shift > 0) num <<= static_cast<mp_bitcnt_t>(shift);
    else if (shift < 0) den <<= static_cast<mp_bitcnt_t>(-shift);
    mpz_class q, r;
    mpz_tdiv_qr(q.get_mpz_t(), r.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
    bool sticky = r != 0;
    long qbits = static_cast<long>(mpz_sizeinbase(q.get_mpz_t(), 2));
    long e = qbits - 1 - shift;  // a/b is in [2**e, 2**(e+1))
    if (e >= 1024) { overflow = true; return 0.0; }
    // Precision available at this magnitude: 53 bits, fewer for subnormals.
    long precision = e >= -1022 ? 53 : 53 - (-1022 - e);
    if (precision <= 0) {
        // Below half the smallest subnormal rounds to zero; above it, to the smallest subnormal.
        double tiny = 0.0;
        if (precision == 0 && (q > (mpz_class(1) << static_cast<mp_bitcnt_t>(qbits - 1)) || sticky))
            tiny = std::ldexp(1.0, -1074);
        return negative ? -tiny : tiny;
    }
    long drop = qbits - precision;
    mpz_class mant = q >> static_cast<mp_bitcnt_t>(drop);
    mpz_class rest = q - (mant << static_cast<mp_bitcnt_t>(drop));
    mpz_class half = mpz_class(1) << static_cast<mp_bitcnt_t>(drop - 1);
    if (rest > half || (rest == half && (sticky || mpz_odd_p(mant.get_mpz_t())))) mant += 1;
    else if (rest == half && sticky) mant += 1;
    double result = std::ldexp(mant.get_d(), static_cast<int>(drop - shift));
    if (std::isinf(result)) { overflow = true; return 0.0; }
    return negative ? -result : result;
}

double mpz_to_double(const mpz_class& n, bool& overflow) {
    overflow = false;
    if (mpz_sizeinbase(n.get_mpz_t(), 2) <= 53) return n.get_d();
    return mpz_true_divide(n, mpz_class(1), overflow);
}

int mpz_compare_double(const mpz_class& n, double d) {
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    int c = mpz_cmp_d(n.get_mpz_t(), d);  // exact in GMP
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

mpz_class mpz_from_double(double d) {
    mpz_class n;
    mpz_set_d(n.get_mpz_t(), d);  // truncates, exactly
    return n;
}

size_t mpz_decimal_digits(const mpz_class& n) {
    if (n == 0) return 1;
    size_t guess = mpz_sizeinbase(n.get_mpz_t(), 10);  // exact or one too big
    mpz_class p;
    mpz_ui_pow_ui(p.get_mpz_t(), 10, guess - 1);
    return abs(n) >= p ? guess : guess - 1;
}

}  // namespace ls
