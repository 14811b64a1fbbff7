# zip stops at the shortest; zip(*) transposes.
print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
pairs = [(1, "a"), (2, "b")]
nums, chars = zip(*pairs)
print(nums, chars)  # expect: (1, 2) ('a', 'b')
print(list(zip()))  # expect: []
print(dict(zip(["k1", "k2"], [10, 20])))  # expect: {'k1': 10, 'k2': 20}
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)  # expect: zip() argument 2 is shorter than argument 1
