# A full-width parenthesis typed with a Chinese input method.
print（"你好")  # expect error: SyntaxError: invalid character '（' (U+FF08)
