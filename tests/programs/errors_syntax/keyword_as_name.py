# Using a keyword as a variable name.
class = "3A"  # expect error: SyntaxError: invalid syntax
