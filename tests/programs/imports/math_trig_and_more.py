# Trigonometry, floats and integer helpers from math.
import math
print(math.sin(0), math.cos(0), math.sin(math.pi))  # expect: 0.0 1.0 1.2246467991473532e-16
print(round(math.degrees(math.pi / 2)), math.radians(180) == math.pi)  # expect: 90 True
print(math.isqrt(99), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))  # expect: 9 10 20 24
print(math.fsum([0.1] * 10), sum([0.1] * 10))  # expect: 1.0 0.9999999999999999
print(math.exp(0), math.pow(2, 3), math.fabs(-1))  # expect: 1.0 8.0 1.0
print(math.isnan(math.nan), math.isinf(-math.inf))  # expect: True True
