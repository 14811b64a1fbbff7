# A CPU-bound workload for benchmarks: the primes below 30000 by the sieve of Eratosthenes,
# then a checksum, so the engine and CPython can be compared on the same work.
def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for i in range(2, limit):
        if is_prime[i]:
            for multiple in range(i * i, limit, i):
                is_prime[multiple] = False
    return [i for i in range(limit) if is_prime[i]]


total = 0
for _ in range(5):
    primes = sieve(30000)
    total += sum(primes)
print(len(primes), primes[-1], total)
