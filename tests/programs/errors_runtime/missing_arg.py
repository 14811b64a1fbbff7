# Calling with too few arguments.
def f(a, b):
    return a + b
f(1)  # expect runtime error: TypeError: f() missing 1 required positional argument: 'b'
