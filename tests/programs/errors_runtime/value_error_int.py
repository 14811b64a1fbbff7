# int() of a non-numeric string.
text = "abc"
n = int(text)  # expect runtime error: ValueError: invalid literal for int() with base 10: 'abc'
