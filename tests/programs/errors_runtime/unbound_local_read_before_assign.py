# Reading a local before its assignment.
x = 10
def f():
    print(x)  # expect runtime error: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
    x = 5
f()
