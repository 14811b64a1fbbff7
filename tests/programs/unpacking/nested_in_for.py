# Nested unpacking in a for loop.
pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (x, y) in pairs:
    print(n, x + y)
# expect: 1 ab
# expect: 2 cd
for i, (k, v) in enumerate({"u": 1}.items()):
    print(i, k, v)  # expect: 0 u 1
