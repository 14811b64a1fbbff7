# Comparison is lexicographic; + makes a new list.
print([1, 2, 3] < [1, 3])  # expect: True
print([1, 2] == [1, 2], [] < [0])  # expect: True True
print([1] + [2, 3], [0] * 3)  # expect: [1, 2, 3] [0, 0, 0]
print(3 in [1, 2, 3], [1] in [[1], 2])  # expect: True True
