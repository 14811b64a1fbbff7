# A stray closing parenthesis.
x = (1 + 2))  # expect error: SyntaxError: unmatched ')'
