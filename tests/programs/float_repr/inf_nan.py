# Infinity and NaN.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)  # expect: inf -inf nan
print(inf > 1e308, nan == nan)  # expect: True False
print(1e308 * 10)  # expect: inf
print(inf - inf)  # expect: nan
print(repr(float("-inf")))  # expect: -inf
