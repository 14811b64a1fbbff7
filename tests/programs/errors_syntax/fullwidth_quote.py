# Chinese quotation marks instead of ASCII quotes.
print(“你好”)  # expect error: SyntaxError: invalid character '“' (U+201C)
