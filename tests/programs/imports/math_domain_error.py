# math functions reject out-of-domain arguments.
import math
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)  # expect: math domain error
try:
    math.log(0)
except ValueError as e:
    print(e)  # expect: math domain error
