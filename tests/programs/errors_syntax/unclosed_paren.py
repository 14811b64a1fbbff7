# An opening parenthesis that is never closed.
print("start")
total = (1 + 2  # expect error: SyntaxError: '(' was never closed
print(total)
