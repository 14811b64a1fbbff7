# Different quotes inside f-strings, dict access.
d = {"key": "value"}
print(f"{d['key']}")  # expect: value
print(f'{d["key"]}')  # expect: value
print(f"{'nested'!r}")  # expect: 'nested'
print(F"upper {1 + 1}")  # expect: upper 2
