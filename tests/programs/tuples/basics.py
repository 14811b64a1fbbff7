# Tuples: packing, indexing, immutability.
t = 1, 2, 3
print(t, type(t).__name__)  # expect: (1, 2, 3) tuple
print(t[1], t[-1], len(t))  # expect: 2 3 3
print(t + (4,), t * 2)  # expect: (1, 2, 3, 4) (1, 2, 3, 1, 2, 3)
print(t.index(2), t.count(3))  # expect: 1 1
try:
    t[0] = 9
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
