# True, False and None print as their names; bools are ints.
print(True, False, None)  # expect: True False None
print(True + True)  # expect: 2
print(True == 1, False == 0)  # expect: True True
print(repr(None))  # expect: None
print(type(True).__name__, type(None).__name__)  # expect: bool NoneType
print(not None, not 0, not "", not [])  # expect: True True True True
