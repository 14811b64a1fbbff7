# from ... import names, with aliases.
from math import sqrt, pi as PI
from math import floor
print(sqrt(25), round(PI, 2), floor(3.9))  # expect: 5.0 3.14 3
import math as m
print(m.sqrt(9) == sqrt(9))  # expect: True
