# A loop-heavy CPU-bound program for the interpreter ratio against CPython: a sieve of
# Eratosthenes five times over 200,000 numbers, then trial division up to 60,000.
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    i = 2
    while i * i <= n:
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
        i += 1
    return [k for k in range(n + 1) if sieve[k]]

def count_primes_trial(limit):
    count = 0
    for n in range(2, limit):
        is_prime = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                is_prime = False
                break
            d += 1
        if is_prime:
            count += 1
    return count

total = 0
for _ in range(5):
    total += len(primes(200000))
print(total)
print(count_primes_trial(60000))
