# A string missing its closing quote.
name = "Ada  # expect error: SyntaxError: unterminated string literal (detected at line 2)
print(name)
