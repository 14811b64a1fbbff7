# format() and str methods for numbers.
print(format(1234.5, ",.1f"), format(0.5, "%"), format(10, "b"))  # expect: 1,234.5 50.000000% 1010
print(format("x", "^5") + "|")  # expect:   x  |
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))  # expect: b'\x00\xff' 256
print((10).bit_length(), (-5).__abs__())  # expect: 4 5
