# Character codes and integer bases.
print(chr(65), chr(0x4e2d), ord("a"), ord("中"))  # expect: A 中 97 20013
print(hex(255), oct(8), bin(5))  # expect: 0xff 0o10 0b101
print(hex(-255), bin(0), oct(-8))  # expect: -0xff 0b0 -0o10
try:
    ord("ab")
except TypeError as e:
    print(e)  # expect: ord() expected a character, but string of length 2 found
