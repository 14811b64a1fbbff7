# Set comprehensions and frozenset.
print({n % 4 for n in range(10)})  # expect: {0, 1, 2, 3}
fs = frozenset([2, 1])
print(fs, 1 in fs)  # expect: frozenset({1, 2}) True
d = {fs: "key"}
print(d[frozenset({1, 2})])  # expect: key
print(set() == frozenset())  # expect: True
