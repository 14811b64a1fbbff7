# min and max with key and default.
print(max(3, 7, 5), min([4, 2, 8]))  # expect: 7 2
print(max(["apple", "fig", "banana"], key=len))  # expect: banana
print(min(["apple", "fig", "banana"], key=len))  # expect: fig
print(max([], default="empty"))  # expect: empty
print(max([1, 3, 3], key=lambda x: x), max("b", "a"))  # expect: 3 b
print(max([(1, "b"), (1, "a")]))  # expect: (1, 'b')
try:
    min([])
except ValueError as e:
    print(e)  # expect: min() arg is an empty sequence
