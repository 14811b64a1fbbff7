# return at module level.
x = 1
return x  # expect error: SyntaxError: 'return' outside function
