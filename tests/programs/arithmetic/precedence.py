# Operator precedence and associativity.
print(2 + 3 * 4)  # expect: 14
print((2 + 3) * 4)  # expect: 20
print(2 ** 3 ** 2)  # expect: 512
print(10 - 4 - 3)  # expect: 3
print(1 + 2 < 4 and not False)  # expect: True
print(-3 ** 2)  # expect: -9
print(1 | 2 ^ 3 & 4)  # expect: 3
