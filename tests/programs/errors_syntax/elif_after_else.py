# elif after else.
x = 2
if x == 1:
    pass
else:
    pass
elif x == 2:  # expect error: SyntaxError: invalid syntax
    pass
