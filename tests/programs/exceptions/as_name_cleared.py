# The name bound by 'except ... as e' is deleted after the block.
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)  # expect: inside x
try:
    print(e)
except NameError as err:
    print(err)  # expect: name 'e' is not defined
