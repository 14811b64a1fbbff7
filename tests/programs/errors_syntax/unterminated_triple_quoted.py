# A triple-quoted string that never ends is reported where it starts.
print("before")
text = """starts here  # expect error: SyntaxError: unterminated triple-quoted string literal (detected at line 4)
and goes on
