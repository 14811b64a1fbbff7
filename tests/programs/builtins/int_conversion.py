# int() from strings, with bases, and from floats.
print(int("42"), int("  -7 "), int("0010"))  # expect: 42 -7 10
print(int("ff", 16), int("0xff", 16), int("ff", base=16))  # expect: 255 255 255
print(int("101", 2), int("z", 36), int("0o17", 0))  # expect: 5 35 15
print(int(7.9), int(-7.9), int(True))  # expect: 7 -7 1
print(int("1_000"))  # expect: 1000
try:
    int("12.5")
except ValueError as e:
    print(e)  # expect: invalid literal for int() with base 10: '12.5'
try:
    int("g", 16)
except ValueError as e:
    print(e)  # expect: invalid literal for int() with base 16: 'g'
