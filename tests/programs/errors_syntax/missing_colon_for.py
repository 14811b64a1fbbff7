# Forgetting the colon after for.
for i in range(3)  # expect error: SyntaxError: expected ':'
    print(i)
