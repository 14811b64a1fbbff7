# list(), tuple(), dict(), set() from iterables.
print(list("hey"), tuple([1, 2]), list(range(3)))  # expect: ['h', 'e', 'y'] (1, 2) [0, 1, 2]
print(list({"a": 1, "b": 2}), list({"a": 1}.values()))  # expect: ['a', 'b'] [1]
print(set([3, 3, 1]), dict([(1, 2)]))  # expect: {1, 3} {1: 2}
print(list(), tuple(), dict(), set())  # expect: [] () {} set()
