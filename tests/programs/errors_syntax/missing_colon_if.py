# Forgetting the colon after an if condition.
x = 3
if x > 1  # expect error: SyntaxError: expected ':'
    print("big")
