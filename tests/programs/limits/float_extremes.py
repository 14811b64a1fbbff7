# The edges of float.
print(1.7976931348623157e308, 5e-324)  # expect: 1.7976931348623157e+308 5e-324
print(1.7976931348623157e308 * 2, 5e-324 / 2)  # expect: inf 0.0
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)  # expect: OverflowError
