# Nested comprehensions: the for clauses read left to right.
print([(x, y) for x in range(3) for y in range(x)])  # expect: [(1, 0), (2, 0), (2, 1)]
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])  # expect: [[1, 4], [2, 5], [3, 6]]
print([v for row in matrix for v in row if v % 2])  # expect: [1, 3, 5]
