# Set algebra on small ints (their print order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b)  # expect: {1, 2, 3, 4, 5}
print(a & b)  # expect: {3, 4}
print(a - b)  # expect: {1, 2}
print(a ^ b)  # expect: {1, 2, 5}
print(a <= {1, 2, 3, 4, 5}, {1} < a, a.isdisjoint({9}))  # expect: True True True
