# Searching and reversing in place.
xs = ["a", "b", "c", "b"]
print(xs.index("b"), xs.count("b"))  # expect: 1 2
print(xs.index("b", 2))  # expect: 3
xs.reverse()
print(xs)  # expect: ['b', 'c', 'b', 'a']
try:
    xs.index("z")
except ValueError as e:
    print(e)  # expect: 'z' is not in list
