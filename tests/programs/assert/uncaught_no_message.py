# An uncaught assertion without a message prints just the type.
x = 0
assert x == 1  # expect runtime error: AssertionError
