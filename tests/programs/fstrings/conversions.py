# !r, !s and !a conversions.
s = "café"
print(f"{s!r}")  # expect: 'café'
print(f"{s!s}")  # expect: café
print(f"{s!a}")  # expect: 'caf\xe9'
print(f"{[s]}")  # expect: ['café']
print(f"{s!r:>8}")  # expect:   'café'
