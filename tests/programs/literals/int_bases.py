# Integer literals in every base, with underscores.
print(0x1F)  # expect: 31
print(0o17)  # expect: 15
print(0b1011)  # expect: 11
print(1_000_000)  # expect: 1000000
print(0xdead_beef)  # expect: 3735928559
print(-0)  # expect: 0
