# Floor division, modulo and divmod with big operands.
a = 10 ** 30 + 7
b = 10 ** 15
print(a // b, a % b)  # expect: 1000000000000000 7
print(divmod(-a, b))  # expect: (-1000000000000001, 999999999999993)
print((3 ** 100) % 1000007)  # expect: 664323
print(pow(3, 100, 1000007))  # expect: 664323
