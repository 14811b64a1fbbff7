# import math: constants and common functions.
import math
print(math.pi, math.e)  # expect: 3.141592653589793 2.718281828459045
print(math.sqrt(2), math.sqrt(16))  # expect: 1.4142135623730951 4.0
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))  # expect: -3 3 -2
print(math.gcd(12, 18), math.factorial(20))  # expect: 6 2432902008176640000
print(math.hypot(3, 4), math.log10(1000), math.log(8, 2), math.log2(1024))  # expect: 5.0 3.0 3.0 10.0
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 100)  # expect: True True
