# Concatenating a list and a tuple, and other operand mixes.
try:
    [1] + (2,)
except TypeError as e:
    print(e)  # expect: can only concatenate list (not "tuple") to list
try:
    "a" * "b"
except TypeError as e:
    print(e)  # expect: can't multiply sequence by non-int of type 'str'
try:
    -"x"
except TypeError as e:
    print(e)  # expect: bad operand type for unary -: 'str'
None < 1  # expect runtime error: TypeError: '<' not supported between instances of 'NoneType' and 'int'
