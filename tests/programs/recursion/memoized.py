# Memoization with a dict turns exponential recursion linear.
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))  # expect: 2880067194370816120
print(len(memo))  # expect: 89
