# Tuples and strings have their own messages.
try:
    (1, 2)[5]
except IndexError as e:
    print(e)  # expect: tuple index out of range
"abc"[3]  # expect runtime error: IndexError: string index out of range
