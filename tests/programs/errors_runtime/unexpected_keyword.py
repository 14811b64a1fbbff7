# Calling with an unknown keyword argument.
def f(x, y=0):
    return x + y
f(1, z=2)  # expect runtime error: TypeError: f() got an unexpected keyword argument 'z'
