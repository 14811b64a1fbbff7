# A full-width comma typed with a Chinese input method.
print(1，2)  # expect error: SyntaxError: invalid character '，' (U+FF0C)
