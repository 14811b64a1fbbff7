# A syntax error anywhere means nothing runs, not even earlier lines.
print("this never prints")
x = 1
while x < 3  # expect error: SyntaxError: expected ':'
    x += 1
