# float helpers.
print((2.5).is_integer(), (3.0).is_integer())  # expect: False True
print(float("  1.25 "))  # expect: 1.25
print(float("1e3"), float("-inf"))  # expect: 1000.0 -inf
print(int(2.0 ** 53) + 1)  # expect: 9007199254740993
print(2.0 ** 53 + 1)  # expect: 9007199254740992.0
print(str(1.0), str(100.0), str(-1.5))  # expect: 1.0 100.0 -1.5
