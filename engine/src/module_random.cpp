// The random module, bit-for-bit compatible with CPython: the same Mersenne Twister (MT19937),
// the same seeding (init_by_array over the 32-bit words of abs(seed)), and the same algorithms
// on top (_randbelow_with_getrandbits, shuffle, sample, choices, gauss...), so that
// `random.seed(42); random.randint(1, 10)` gives what python3 gives.
//
// As in CPython, the module functions are bound methods of one hidden Random instance, and
// random.Random(seed) makes independent generators.
#include <cmath>

#include "number_util.h"
#include "seq_util.h"
#include "types.h"

namespace ls {

namespace {

// ---- the generator (MT19937, as in CPython's _randommodule.c) ------------------------------

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObject : NativeObject {
    uint32_t mt[kN];
    int mti = kN + 1;
    Value gauss_next;  // None, or the second value of the last Box-Muller pair
    explicit RandomObject(TypeObject* t) : NativeObject(t) {}
    void clear_refs() override { gauss_next = Value(); }
};

void init_genrand(RandomObject* r, uint32_t s) {
    r->mt[0] = s;
    for (int i = 1; i < kN; ++i)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    r->mti = kN;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    size_t k = kN > key.size() ? kN : key.size();
    for (; k; --k) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
        ++i; ++j;
        if (i >= kN) { r->mt[0] = r->mt[kN - 1]; i = 1; }
        if (j >= key.size()) j = 0;
    }
    for (k = kN - 1; k; --k) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
        ++i;
        if (i >= kN) { r->mt[0] = r->mt[kN - 1]; i = 1; }
    }
    r->mt[0] = 0x80000000u;
}

uint32_t genrand_uint32(RandomObject* r) {
    static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
    uint32_t y;
    if (r->mti >= kN) {
        int kk;
        for (kk = 0; kk < kN - kM; ++kk) {
            y = (r->mt[kk] & 0x80000000u) | (r->mt[kk + 1] & 0x7fffffffu);
            r->mt[kk] = r->mt[kk + kM] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; kk < kN - 1; ++kk) {
            y = (r->mt[kk] & 0x80000000u) | (r->mt[kk + 1] & 0x7fffffffu);
            r->mt[kk] = r->mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        y = (r->mt[kN - 1] & 0x80000000u) | (r->mt[0] & 0x7fffffffu);
        r->mt[kN - 1] = r->mt[kM - 1] ^ (y >> 1) ^ mag01[y & 1u];
        r->mti = 0;
    }
    y = r->mt[r->mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

double random_double(RandomObject* r) {
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// Seeds from a non-negative integer: its 32-bit words, least significant first.
void seed_from_mpz(RandomObject* r, const mpz_class& n) {
    std::vector<uint32_t> key;
    mpz_class rest = n;
    while (rest != 0) {
        mpz_class word = rest & mpz_class(0xFFFFFFFFu);
        key.push_back(static_cast<uint32_t>(word.get_ui()));
        rest >>= 32;
    }
    if (key.empty()) key.push_back(0);
    init_by_array(r, key);
    r->gauss_next = Value();
}

// ---- SHA-512 (for str/bytes seeds, which CPython hashes with sha512) -------------------------

std::string sha512(const std::string& msg) {
    static const uint64_t K[80] = {
        0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull, 0x3956c25bf348b538ull,
        0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull, 0xd807aa98a3030242ull, 0x12835b0145706fbeull,
        0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull, 0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull,
        0xc19bf174cf692694ull, 0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
        0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull, 0x983e5152ee66dfabull,
        0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull, 0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull,
        0x06ca6351e003826full, 0x142929670a0e6e70ull, 0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull,
        0x53380d139d95b3dfull, 0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
        0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull, 0xd192e819d6ef5218ull,
        0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull, 0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull,
        0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull, 0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull,
        0x682e6ff3d6b2b8a3ull, 0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
        0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull, 0xca273eceea26619cull,
        0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull, 0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull,
        0x113f9804bef90daeull, 0x1b710b35131c471bull, 0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull,
        0x431d67c49c100d4cull, 0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull};
    uint64_t h[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                     0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
    auto rotr = [](uint64_t x, int n) { return (x >> n) | (x << (64 - n)); };
    std::string m = msg;
    uint64_t bit_len = static_cast<uint64_t>(msg.size()) * 8;
    m += static_cast<char>(0x80);
    while (m.size() % 128 != 112) m += '\0';
    m.append(8, '\0');  // high 64 bits of the 128-bit length
    for (int i = 7; i >= 0; --i) m += static_cast<char>((bit_len >> (8 * i)) & 0xFF);
    for (size_t chunk = 0; chunk < m.size(); chunk += 128) {
        uint64_t w[80];
        for (int i = 0; i < 16; ++i) {
            w[i] = 0;
            for (int b = 0; b < 8; ++b) w[i] = (w[i] << 8) | static_cast<unsigned char>(m[chunk + static_cast<size_t>(i * 8 + b)]);
        }
        for (int i = 16; i < 80; ++i) {
            uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
            uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 80; ++i) {
            uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
            uint64_t ch = (e & f) ^ (~e & g);
            uint64_t t1 = hh + S1 + ch + K[i] + w[i];
            uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
            uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
            uint64_t t2 = S0 + maj;
            hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
    std::string out;
    for (uint64_t x : h)
        for (int i = 7; i >= 0; --i) out += static_cast<char>((x >> (8 * i)) & 0xFF);
    return out;
}

// ---- seeding --------------------------------------------------------------------------------

void seed_with(VM& vm, RandomObject* r, const Value& a) {
    if (a.is_none()) {
        seed_from_mpz(r, mpz_class(static_cast<unsigned long>(vm.seed)));  // unseeded: the run's --seed, never the clock
        return;
    }
    if (is_int_value(a)) { seed_from_mpz(r, abs(int_to_mpz(a))); return; }
    bool is_str = a.is_obj() && vm.isinstance(a, vm.t.str);
    bool is_bytes = a.is_obj() && vm.isinstance(a, vm.t.bytes);
    if (is_str || is_bytes) {
        // version 2: int.from_bytes(a + sha512(a).digest(), 'big')
        std::string data = is_str ? as_str(a)->s : a.as<BytesObject>()->data;
        std::string all = data + sha512(data);
        mpz_class n;
        mpz_import(n.get_mpz_t(), all.size(), 1, 1, 1, 0, all.data());
        seed_from_mpz(r, n);
        return;
    }
    if (!a.is_float())
        vm.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    // CPython seeds other hashables with (size_t)hash(a).
    uint64_t h = static_cast<uint64_t>(vm.hash(a));
    seed_from_mpz(r, mpz_class(static_cast<unsigned long>(h)));
}

RandomObject* self_random(VM& vm, Args args) {
    if (args.size() == 0 || !args[0].is_obj() || !dynamic_cast<RandomObject*>(args[0].obj()))
        vm.type_error("descriptor requires a 'Random' object");
    return static_cast<RandomObject*>(args[0].obj());
}

// ---- core draws -----------------------------------------------------------------------------

Value getrandbits_value(VM& vm, RandomObject* r, int64_t k) {
    if (k < 0) vm.value_error("number of bits must be non-negative");
    if (k == 0) return Value::integer(0);
    if (k <= 32) return Value::integer(genrand_uint32(r) >> (32 - k));
    if (k > (int64_t{1} << 34)) vm.memory_error();
    if (k > 8 * (1 << 20)) vm.reserve_bytes(static_cast<size_t>(k / 8));
    size_t words = static_cast<size_t>((k - 1) / 32 + 1);
    std::vector<uint32_t> w(words);
    int64_t left = k;
    for (size_t i = 0; i < words; ++i, left -= 32) {
        uint32_t x = genrand_uint32(r);
        if (left < 32) x >>= (32 - left);
        w[i] = x;
    }
    mpz_class n;
    mpz_import(n.get_mpz_t(), words, -1, sizeof(uint32_t), 0, 0, w.data());
    return vm.integer(n);
}

// _randbelow_with_getrandbits: 0 <= result < n, for n > 0.
mpz_class randbelow(VM& vm, RandomObject* r, const mpz_class& n) {
    int64_t k = static_cast<int64_t>(mpz_sizeinbase(n.get_mpz_t(), 2));
    while (true) {
        mpz_class x = int_to_mpz(getrandbits_value(vm, r, k));
        if (x < n) return x;
    }
}

int64_t randbelow_small(VM& vm, RandomObject* r, int64_t n) {
    return randbelow(vm, r, mpz_class(static_cast<long>(n))).get_si();
}

// operator.index(x), or the 3.11 fallback for integral floats ("non-integer arg 1 ...").
mpz_class range_arg(VM& vm, const Value& v, const char* which) {
    if (is_int_value(v)) return int_to_mpz(v);
    if (auto i = vm.lookup_type(vm.type_of(v), "__index__")) return int_to_mpz(vm.call(*i, {v}));
    if (v.is_float()) {
        double d = v.as_float();
        Value as_int = int_from_double(vm, d);
        if (static_cast<double>(int_to_mpz(as_int).get_d()) != d) vm.value_error(std::string("non-integer ") + which + " for randrange()");
        return int_to_mpz(as_int);
    }
    vm.type_error("'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
}

Value randrange_impl(VM& vm, RandomObject* r, const Value& start, const Value* stop, const Value* step) {
    mpz_class istart = range_arg(vm, start, "arg 1");
    if (!stop || stop->is_none()) {
        if (step) vm.type_error("Missing a non-None stop argument");
        if (istart > 0) return vm.integer(randbelow(vm, r, istart));
        vm.value_error("empty range for randrange()");
    }
    mpz_class istop = range_arg(vm, *stop, "stop");
    mpz_class width = istop - istart;
    mpz_class istep = step ? range_arg(vm, *step, "step") : mpz_class(1);
    if (istep == 1) {
        if (width > 0) return vm.integer(istart + randbelow(vm, r, width));
        vm.value_error("empty range for randrange() (" + istart.get_str() + ", " + istop.get_str() + ", " + width.get_str() + ")");
    }
    mpz_class n;
    if (istep > 0) mpz_fdiv_q(n.get_mpz_t(), mpz_class(width + istep - 1).get_mpz_t(), istep.get_mpz_t());
    else if (istep < 0) mpz_fdiv_q(n.get_mpz_t(), mpz_class(width + istep + 1).get_mpz_t(), istep.get_mpz_t());
    else vm.value_error("zero step for randrange()");
    if (n <= 0) vm.value_error("empty range for randrange()");
    return vm.integer(istart + istep * randbelow(vm, r, n));
}

// ---- methods --------------------------------------------------------------------------------

void positional(VM& vm, Args args, const char* name, size_t min, size_t max) {
    size_t n = args.size() - 1;
    if (n < min || n > max) {
        if (min == max)
            vm.type_error(std::string("Random.") + name + "() takes " + std::to_string(min + 1) + " positional argument" +
                          (min == 0 ? "" : "s") + " but " + std::to_string(n + 1) + " were given");
        if (n < min)
            vm.type_error(std::string("Random.") + name + "() missing " + std::to_string(min - n) + " required positional argument" +
                          (min - n == 1 ? "" : "s"));
        vm.type_error(std::string("Random.") + name + "() takes from " + std::to_string(min + 1) + " to " +
                      std::to_string(max + 1) + " positional arguments but " + std::to_string(n + 1) + " were given");
    }
}

Value random_new(VM& vm, Args args) {
    if (args.size() == 0 || !args[0].is_obj() || !vm.isinstance(args[0], vm.t.type))
        vm.type_error("Random.__new__(X): X is not a type object");
    auto* cls = args[0].as<TypeObject>();
    Ref<RandomObject> r = make<RandomObject>(cls);
    seed_with(vm, r.get(), args.size() > 1 ? args[1] : Value());
    return Value(r);
}

Value random_init(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    if (args.size() > 1) seed_with(vm, r, args[1]);
    return vm.None;
}

Value random_seed(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    const Value* a = args.size() > 1 ? &args[1] : vm.kwarg(args, "a");
    seed_with(vm, r, a ? *a : Value());
    return vm.None;
}

Value random_random(VM& vm, Args args) {
    positional(vm, args, "random", 0, 0);
    return Value::floating(random_double(self_random(vm, args)));
}

Value random_getrandbits(VM& vm, Args args) {
    positional(vm, args, "getrandbits", 1, 1);
    return getrandbits_value(vm, self_random(vm, args), vm.to_index(args[1]));
}

Value random_randrange(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    positional(vm, args, "randrange", 1, 3);
    return randrange_impl(vm, r, args[1], args.size() > 2 ? &args[2] : nullptr, args.size() > 3 ? &args[3] : nullptr);
}

Value random_randint(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    positional(vm, args, "randint", 2, 2);
    Value stop = vm.binary_op(ast::BinOpKind::Add, args[2], Value::integer(1));
    return randrange_impl(vm, r, args[1], &stop, nullptr);
}

Value random_choice(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    positional(vm, args, "choice", 1, 1);
    int64_t n = vm.len(args[1]);
    if (n == 0) vm.index_error("Cannot choose from an empty sequence");
    return vm.getitem(args[1], Value::integer(randbelow_small(vm, r, n)));
}

Value random_shuffle(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    positional(vm, args, "shuffle", 1, 1);
    const Value& x = args[1];
    for (int64_t i = vm.len(x) - 1; i >= 1; --i) {
        int64_t j = randbelow_small(vm, r, i + 1);
        Value a = vm.getitem(x, Value::integer(i)), b = vm.getitem(x, Value::integer(j));
        vm.setitem(x, Value::integer(i), b);
        vm.setitem(x, Value::integer(j), a);
    }
    return vm.None;
}

bool is_sequence(VM& vm, const Value& v) {
    TypeObject* t = vm.type_of(v);
    if (t == vm.t.list || t == vm.t.tuple || t == vm.t.str || t == vm.t.range || t == vm.t.bytes) return true;
    if (vm.is_subtype(t, vm.t.dict) || vm.is_subtype(t, vm.t.set) || vm.is_subtype(t, vm.t.frozenset)) return false;
    return vm.lookup_type(t, "__getitem__") && vm.lookup_type(t, "__len__") && !t->is_builtin;
}

Value random_sample(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    arg_kw_only(vm, args, "sample", {"k", "counts"});
    if (args.size() < 2) vm.type_error("Random.sample() missing 2 required positional arguments: 'population' and 'k'");
    const Value& population = args[1];
    const Value* kv = args.size() > 2 ? &args[2] : vm.kwarg(args, "k");
    if (!kv) vm.type_error("Random.sample() missing 1 required positional argument: 'k'");
    if (!is_sequence(vm, population))
        vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = vm.len(population);
    if (const Value* counts = vm.kwarg(args, "counts"); counts && !counts->is_none()) {
        std::vector<Value> cum;
        Value acc;
        bool first = true;
        for (const Value& c : vm.to_vector(*counts)) {
            acc = first ? c : vm.binary_op(ast::BinOpKind::Add, acc, c);
            first = false;
            cum.push_back(acc);
        }
        if (static_cast<int64_t>(cum.size()) != n) vm.value_error("The number of counts does not match the population");
        Value total = cum.back();
        cum.pop_back();
        if (!is_int_value(total)) vm.type_error("Counts must be integers");
        if (int_to_mpz(total) <= 0) vm.value_error("Total of counts must be greater than zero");
        Value range = vm.call(Value(vm.t.range), {total});
        std::vector<Value> sub_args = {args[0], range};
        std::vector<KwArg> kw = {KwArg{vm.intern("k"), *kv}};
        Value selections = random_sample(vm, Args{sub_args.data(), sub_args.size(), &kw});
        std::vector<Value> out;
        for (const Value& s : selections.as<ListObject>()->items) {
            size_t lo = 0, hi = cum.size();
            while (lo < hi) {  // bisect_right
                size_t mid = (lo + hi) / 2;
                if (vm.compare_bool(CompareOp::Lt, s, cum[mid])) hi = mid;
                else lo = mid + 1;
            }
            out.push_back(vm.getitem(population, Value::integer(static_cast<int64_t>(lo))));
        }
        return vm.list(std::move(out));
    }
    int64_t k = vm.to_index(*kv);
    if (!(0 <= k && k <= n)) vm.value_error("Sample larger than population or is negative");
    std::vector<Value> result(static_cast<size_t>(k));
    double setsize = 21;
    if (k > 5) setsize += std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0)));
    if (static_cast<double>(n) <= setsize) {
        std::vector<Value> pool = vm.to_vector(population);
        for (int64_t i = 0; i < k; ++i) {
            int64_t j = randbelow_small(vm, r, n - i);
            result[static_cast<size_t>(i)] = pool[static_cast<size_t>(j)];
            pool[static_cast<size_t>(j)] = pool[static_cast<size_t>(n - i - 1)];
        }
    } else {
        std::vector<int64_t> selected;
        for (int64_t i = 0; i < k; ++i) {
            int64_t j = randbelow_small(vm, r, n);
            while (std::find(selected.begin(), selected.end(), j) != selected.end()) j = randbelow_small(vm, r, n);
            selected.push_back(j);
            result[static_cast<size_t>(i)] = vm.getitem(population, Value::integer(j));
        }
    }
    return vm.list(std::move(result));
}

Value random_choices(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    arg_kw_only(vm, args, "choices", {"population", "weights", "cum_weights", "k"});
    if (args.size() > 3)
        vm.type_error("Random.choices() takes from 2 to 3 positional arguments but " + std::to_string(args.size()) + " were given");
    const Value* pop = args.size() > 1 ? &args[1] : vm.kwarg(args, "population");
    if (!pop) vm.type_error("Random.choices() missing 1 required positional argument: 'population'");
    const Value* weights = args.size() > 2 ? &args[2] : vm.kwarg(args, "weights");
    const Value* cum_weights = vm.kwarg(args, "cum_weights");
    const Value* kv = vm.kwarg(args, "k");
    if (weights && weights->is_none()) weights = nullptr;
    if (cum_weights && cum_weights->is_none()) cum_weights = nullptr;
    int64_t k = kv ? vm.to_index(*kv) : 1;
    int64_t n = vm.len(*pop);
    std::vector<Value> out;
    if (!cum_weights && !weights) {
        double nf = static_cast<double>(n);
        for (int64_t i = 0; i < k; ++i) {
            Value idx = int_from_double(vm, std::floor(random_double(r) * nf));
            out.push_back(vm.getitem(*pop, idx));
        }
        return vm.list(std::move(out));
    }
    std::vector<Value> cum;
    if (weights && cum_weights) vm.type_error("Cannot specify both weights and cumulative weights");
    if (weights) {
        if (is_int_value(*weights))
            vm.type_error("The number of choices must be a keyword argument: k=" + vm.repr(*weights));
        Value acc;
        bool first = true;
        for (const Value& w : vm.to_vector(*weights)) {
            acc = first ? w : vm.binary_op(ast::BinOpKind::Add, acc, w);
            first = false;
            cum.push_back(acc);
        }
    } else {
        cum = vm.to_vector(*cum_weights);
    }
    if (static_cast<int64_t>(cum.size()) != n) vm.value_error("The number of weights does not match the population");
    double total = vm.to_double(vm.binary_op(ast::BinOpKind::Add, cum.back(), Value::floating(0.0)));
    if (total <= 0.0) vm.value_error("Total of weights must be greater than zero");
    if (!std::isfinite(total)) vm.value_error("Total of weights must be finite");
    size_t hi_bound = static_cast<size_t>(n - 1);
    for (int64_t i = 0; i < k; ++i) {
        Value x = Value::floating(random_double(r) * total);
        size_t lo = 0, hi = hi_bound;
        while (lo < hi) {  // bisect_right(cum, x, 0, n - 1)
            size_t mid = (lo + hi) / 2;
            if (vm.compare_bool(CompareOp::Lt, x, cum[mid])) hi = mid;
            else lo = mid + 1;
        }
        out.push_back(vm.getitem(*pop, Value::integer(static_cast<int64_t>(lo))));
    }
    return vm.list(std::move(out));
}

Value random_uniform(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    positional(vm, args, "uniform", 2, 2);
    Value width = vm.binary_op(ast::BinOpKind::Sub, args[2], args[1]);
    Value scaled = vm.binary_op(ast::BinOpKind::Mult, width, Value::floating(random_double(r)));
    return vm.binary_op(ast::BinOpKind::Add, args[1], scaled);
}

double float_arg(VM& vm, Args args, size_t pos, const char* name, double fallback) {
    if (args.size() > pos) return vm.to_double(args[pos]);
    if (const Value* v = vm.kwarg(args, name)) return vm.to_double(*v);
    return fallback;
}

Value random_gauss(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    double mu = float_arg(vm, args, 1, "mu", 0.0), sigma = float_arg(vm, args, 2, "sigma", 1.0);
    double z;
    if (r->gauss_next.is_float()) {
        z = r->gauss_next.as_float();
        r->gauss_next = Value();
    } else {
        double x2pi = random_double(r) * (2 * M_PI);
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - random_double(r)));
        z = std::cos(x2pi) * g2rad;
        r->gauss_next = Value::floating(std::sin(x2pi) * g2rad);
    }
    return Value::floating(mu + z * sigma);
}

Value random_normalvariate(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    double mu = float_arg(vm, args, 1, "mu", 0.0), sigma = float_arg(vm, args, 2, "sigma", 1.0);
    const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
    double z;
    while (true) {
        double u1 = random_double(r);
        double u2 = 1.0 - random_double(r);
        z = magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -std::log(u2)) break;
    }
    return Value::floating(mu + z * sigma);
}

Value random_expovariate(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    double lambd = float_arg(vm, args, 1, "lambd", 1.0);
    if (lambd == 0.0) vm.zero_division("float division by zero");
    return Value::floating(-std::log(1.0 - random_double(r)) / lambd);
}

Value random_triangular(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    double low = float_arg(vm, args, 1, "low", 0.0), high = float_arg(vm, args, 2, "high", 1.0);
    const Value* mode = args.size() > 3 ? &args[3] : vm.kwarg(args, "mode");
    double u = random_double(r);
    double c;
    if (!mode || mode->is_none()) c = 0.5;
    else if (high - low == 0.0) return Value::floating(low);
    else c = (vm.to_double(*mode) - low) / (high - low);
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(low, high);
    }
    return Value::floating(low + (high - low) * std::sqrt(u * c));
}

Value random_randbytes(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    positional(vm, args, "randbytes", 1, 1);
    int64_t n = vm.to_index(args[1]);
    if (n < 0) vm.value_error("number of bits must be non-negative");
    mpz_class bits = int_to_mpz(getrandbits_value(vm, r, n * 8));
    std::string out(static_cast<size_t>(n), '\0');
    for (int64_t i = 0; i < n; ++i) {
        out[static_cast<size_t>(i)] = static_cast<char>(mpz_class(bits & 0xFF).get_ui());
        bits >>= 8;
    }
    return Value(make<BytesObject>(vm.t.bytes, std::move(out)));
}

// getstate() -> (3, (mt[0], ..., mt[623], index), gauss_next), as CPython's Random.getstate.
Value random_getstate(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    positional(vm, args, "getstate", 0, 0);
    std::vector<Value> words;
    words.reserve(kN + 1);
    for (uint32_t w : r->mt) words.push_back(Value::integer(w));
    words.push_back(Value::integer(r->mti));
    return vm.tuple({Value::integer(3), vm.tuple(std::move(words)), r->gauss_next});
}

Value random_setstate(VM& vm, Args args) {
    RandomObject* r = self_random(vm, args);
    positional(vm, args, "setstate", 1, 1);
    std::vector<Value> state = vm.to_vector(args[1]);
    // Versions 2 and 3 share the layout (version 2 came from Python 2.x pickles).
    if (state.size() != 3 || !is_int_value(state[0]) || (int_to_mpz(state[0]) != 3 && int_to_mpz(state[0]) != 2))
        vm.value_error("state with version " + (state.empty() ? std::string("None") : vm.repr(state[0])) +
                       " passed to Random.setstate() of version 3");
    std::vector<Value> words = vm.to_vector(state[1]);
    if (words.size() != kN + 1) vm.value_error("state vector is the wrong size");
    for (size_t i = 0; i < kN; ++i) {
        if (!is_int_value(words[i])) vm.type_error("state vector items must be integers");
        mpz_class w = int_to_mpz(words[i]) % mpz_class(4294967296.0);
        if (w < 0) w += mpz_class(4294967296.0);
        r->mt[i] = static_cast<uint32_t>(w.get_ui());
    }
    int64_t index = vm.to_index(words[kN]);
    if (index < 0 || index > kN) vm.value_error("invalid state");
    r->mti = static_cast<int>(index);
    r->gauss_next = state[2].is_float() ? state[2] : Value();
    return vm.None;
}

}  // namespace

void init_module_random(VM& vm) {
    vm.register_module("random", [](VM& vm) {
        Value m = vm.new_module("random");
        TypeObject* type = vm.new_builtin_type("Random", nullptr);
        type->module = "random";
        vm.add_static(type, "__new__", random_new);
        vm.add_method(type, "__init__", random_init);
        struct Method { const char* name; NativeFn fn; };
        const Method methods[] = {
            {"seed", random_seed}, {"random", random_random}, {"getrandbits", random_getrandbits},
            {"randrange", random_randrange}, {"randint", random_randint}, {"choice", random_choice},
            {"shuffle", random_shuffle}, {"sample", random_sample}, {"choices", random_choices},
            {"uniform", random_uniform}, {"gauss", random_gauss}, {"normalvariate", random_normalvariate},
            {"expovariate", random_expovariate}, {"triangular", random_triangular}, {"randbytes", random_randbytes},
            {"getstate", random_getstate}, {"setstate", random_setstate},
        };
        for (const Method& meth : methods) vm.add_method(type, meth.name, meth.fn);
        vm.module_set(m, "Random", Value(type));
        // Module-level functions are the bound methods of one shared instance, as in CPython.
        Value inst = vm.call(Value(type), std::initializer_list<Value>{});
        vm.module_set(m, "_inst", inst);
        for (const Method& meth : methods) vm.module_set(m, meth.name, vm.getattr(inst, meth.name));
        return m;
    });
}

}  // namespace ls
