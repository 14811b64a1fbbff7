# Integer presentation types.
n = 255
print(f"{n:b} {n:o} {n:x} {n:X}")  # expect: 11111111 377 ff FF
print(f"{n:#b} {n:#o} {n:#x}")  # expect: 0b11111111 0o377 0xff
print(f"{n:08b}")  # expect: 11111111
print(f"{5:03}")  # expect: 005
print(f"{65:c}")  # expect: A
print(f"{-42:+d} {42:+d} {42: d}")  # expect: -42 +42  42
