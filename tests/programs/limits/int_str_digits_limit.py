# CPython 3.11 refuses to convert ints with more than 4300 digits to str.
big = 10 ** 5000
print(big.bit_length())  # expect: 16610
try:
    str(big)
except ValueError as e:
    print(e)  # expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(len(str(2 ** 10000)))  # expect: 3011
