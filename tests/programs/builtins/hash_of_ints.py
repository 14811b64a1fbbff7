# Hashes of ints (and equal floats/bools) are deterministic.
print(hash(0), hash(1), hash(-1), hash(-2))  # expect: 0 1 -2 -2
print(hash(2 ** 61 - 1), hash(2 ** 61))  # expect: 0 1
print(hash(1.0) == hash(1) == hash(True))  # expect: True
print(hash(1.5))  # expect: 1152921504606846977
print(hash((1, 2)) == hash((1, 2)))  # expect: True
