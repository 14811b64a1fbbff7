# Mismatched arguments.
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)  # expect: not enough arguments for format string
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)  # expect: not all arguments converted during string formatting
try:
    "%d" % "x"
except TypeError as e:
    print(e)  # expect: %d format: a real number is required, not str
