# Comparing big ints, mixing with floats, bit operations.
big = 2 ** 100
print(big > 2 ** 99, big == 2 ** 100)  # expect: True True
print(big * 0.5)  # expect: 6.338253001141147e+29
print(big >> 98, big.bit_length())  # expect: 4 101
print(-big // 3)  # expect: -422550200076076467165567735126
print(hex(2 ** 80))  # expect: 0x100000000000000000000
print(int("123456789012345678901234567890") + 1)  # expect: 123456789012345678901234567891
