# str() and repr() of exceptions with 0, 1 and 2 arguments.
print(repr(ValueError()), "[" + str(ValueError()) + "]")  # expect: ValueError() []
print(repr(ValueError("x")), str(ValueError("x")))  # expect: ValueError('x') x
print(repr(ValueError("x", 2)), str(ValueError("x", 2)))  # expect: ValueError('x', 2) ('x', 2)
print(str(KeyError("k")), "[" + str(KeyError()) + "]")  # expect: 'k' []
