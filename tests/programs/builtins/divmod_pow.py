# divmod and pow, including modular pow and negative exponents.
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))  # expect: (3, 2) (-4, 3) (3.0, 1.5)
print(pow(2, 10), pow(2, 10, 1000), pow(2, -2))  # expect: 1024 24 0.25
print(pow(3, -1, 7))  # expect: 5
print(pow(0, 0), 0 ** 0, 0.0 ** 0)  # expect: 1 1 1.0
