# A module is an object with attributes.
import math
print(type(math).__name__, math.__name__)  # expect: module math
print(hasattr(math, "sqrt"), hasattr(math, "nope"))  # expect: True False
