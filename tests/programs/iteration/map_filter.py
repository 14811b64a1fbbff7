# map and filter are lazy iterators.
m = map(str, [1, 2, 3])
print(type(m).__name__, list(m), list(m))  # expect: map ['1', '2', '3'] []
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))  # expect: [4, 10]
print(list(filter(None, [0, 1, "", "a", None])))  # expect: [1, 'a']
print(list(filter(str.isupper, "aBcD")))  # expect: ['B', 'D']
