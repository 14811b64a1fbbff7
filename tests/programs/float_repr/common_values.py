# Everyday float results and floats inside containers (which use repr).
print(1.1 * 1.1)  # expect: 1.2100000000000002
print(0.1 * 0.1)  # expect: 0.010000000000000002
print(100.0, 2.50, 1e2)  # expect: 100.0 2.5 100.0
print(3 * 0.1 == 0.3, round(3 * 0.1, 2) == 0.3)  # expect: False True
print([0.1 + 0.2, 1 / 4])  # expect: [0.30000000000000004, 0.25]
print(9.95 * 100)  # expect: 994.9999999999999
print(1 / 7)  # expect: 0.14285714285714285
