# enumerate with and without a start.
for i, c in enumerate("ab"):
    print(i, c)
# expect: 0 a
# expect: 1 b
print(list(enumerate(["x", "y"], start=1)))  # expect: [(1, 'x'), (2, 'y')]
print(type(enumerate([])).__name__)  # expect: enumerate
