# Iterators are exhausted once consumed.
z = zip([1, 2], [3, 4])
print(list(z))  # expect: [(1, 3), (2, 4)]
print(list(z))  # expect: []
e = enumerate("x")
print(next(e), next(e, None))  # expect: (0, 'x') None
