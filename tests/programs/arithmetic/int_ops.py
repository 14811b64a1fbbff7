# Basic integer arithmetic.
print(7 + 3, 7 - 3, 7 * 3)  # expect: 10 4 21
print(7 / 2)  # expect: 3.5
print(6 / 3)  # expect: 2.0
print(7 // 2, 7 % 2)  # expect: 3 1
print(2 ** 10)  # expect: 1024
print(2 ** -1)  # expect: 0.5
print(-2 ** 2)  # expect: -4
