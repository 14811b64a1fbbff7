# Dedenting to a level that never existed.
def f():
        x = 1
    return x  # expect error: IndentationError: unindent does not match any outer indentation level
