# The conditional expression and nested ternaries.
for n in (3, 0, -3):
    print("positive" if n > 0 else "zero" if n == 0 else "negative")
# expect: positive
# expect: zero
# expect: negative
