# Bitwise operators on ints, including negatives.
print(12 & 10, 12 | 10, 12 ^ 10)  # expect: 8 14 6
print(~5, ~-1)  # expect: -6 0
print(1 << 10, 1024 >> 3)  # expect: 1024 128
print(-16 >> 2)  # expect: -4
print(-1 & 0xFF)  # expect: 255
