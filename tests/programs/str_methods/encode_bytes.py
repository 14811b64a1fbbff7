# encode to bytes, decode back.
b = "héllo".encode("utf-8")
print(b)  # expect: b'h\xc3\xa9llo'
print(len(b), len("héllo"))  # expect: 6 5
print(b.decode("utf-8"))  # expect: héllo
print("abc".encode())  # expect: b'abc'
print(list(b"AB"))  # expect: [65, 66]
print("你".encode())  # expect: b'\xe4\xbd\xa0'
