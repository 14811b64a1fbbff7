# Assigning to a function call.
def f():
    pass
f() = 3  # expect error: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
