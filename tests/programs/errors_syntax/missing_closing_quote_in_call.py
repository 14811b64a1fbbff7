# A call whose string loses its closing quote.
print('hello)  # expect error: SyntaxError: unterminated string literal (detected at line 2)
