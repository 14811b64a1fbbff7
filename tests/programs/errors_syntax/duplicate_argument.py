# Two parameters with the same name.
def f(a, a):  # expect error: SyntaxError: duplicate argument 'a' in function definition
    return a
