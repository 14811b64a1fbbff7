# Using a local after del raises UnboundLocalError.
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print(e)  # expect: cannot access local variable 'v' where it is not associated with a value
