# raise accepts a class (instantiated with no args) or an instance.
try:
    raise ValueError
except ValueError as e:
    print(repr(e))  # expect: ValueError()
try:
    raise 42
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
