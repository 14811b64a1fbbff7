# Returning several values is returning a tuple.
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 9, 1])
print(lo, hi)  # expect: 1 9
result = min_max([2])
print(result, type(result).__name__)  # expect: (2, 2) tuple
print(sorted([(2, "b"), (1, "z"), (2, "a")]))  # expect: [(1, 'z'), (2, 'a'), (2, 'b')]
