# Using = instead of == in a condition.
x = 1
if x = 1:  # expect error: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
    print("one")
