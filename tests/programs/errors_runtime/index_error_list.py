# Indexing past the end of a list.
xs = [1, 2, 3]
for i in range(4):
    print(xs[i])  # expect runtime error: IndexError: list index out of range
# expect: 1
# expect: 2
# expect: 3
