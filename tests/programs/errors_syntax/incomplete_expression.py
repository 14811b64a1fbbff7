# An operator with no right operand.
x = 1 +  # expect error: SyntaxError: invalid syntax
