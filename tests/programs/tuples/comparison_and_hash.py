# Tuples compare element-wise and work as dict keys.
print((1, 2) < (1, 3), (2,) > (1, 9))  # expect: True True
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d[0, 0])  # expect: p origin
print(hash((1, 2)) == hash((1, 2)))  # expect: True
