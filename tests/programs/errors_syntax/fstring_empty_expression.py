# An f-string with an empty replacement field.
print(f"value: {}")  # expect error: SyntaxError: f-string: empty expression not allowed
