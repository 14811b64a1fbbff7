# Too few arguments for the fields.
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)  # expect: Replacement index 1 out of range for positional args tuple
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))  # expect: KeyError('x')
