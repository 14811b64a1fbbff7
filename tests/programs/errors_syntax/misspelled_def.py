# Misspelled keyword def.
dfe f():  # expect error: SyntaxError: invalid syntax
    pass
