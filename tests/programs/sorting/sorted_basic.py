# sorted returns a new list; works on any iterable.
xs = [3, 1, 2]
print(sorted(xs), xs)  # expect: [1, 2, 3] [3, 1, 2]
print(sorted("banana"))  # expect: ['a', 'a', 'a', 'b', 'n', 'n']
print(sorted({"b": 1, "a": 2}))  # expect: ['a', 'b']
print(sorted([3, 1, 2], reverse=True))  # expect: [3, 2, 1]
print(sorted([]))  # expect: []
