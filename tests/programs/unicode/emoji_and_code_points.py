# Characters outside the BMP are single code points.
e = "😀"
print(len(e), hex(ord(e)), len(e.encode()))  # expect: 1 0x1f600 4
print(chr(0x1F40D), "\U0001F600" == e)  # expect: 🐍 True
print("é" == "e\u0301", len("e\u0301"))  # expect: False 2
