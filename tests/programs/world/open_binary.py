# world: files.json
# Binary mode: bytes in, bytes out; text and bytes do not mix.
with open('out/b.bin', 'wb') as f:
    print(f.write(b'\x00abc\n'))  # expect: 5
    try:
        f.write('text')
    except TypeError as e:
        print(e)  # expect: a bytes-like object is required, not 'str'
with open('out/b.bin', 'rb') as f:
    print(f.read(2), f.read())  # expect: b'\x00a' b'bc\n'
print(open('unicode.txt', 'rb').readline())  # expect: b'h\xc3\xa9llo w\xc3\xb6rld\n'
with open('out/t.txt', 'w') as f:
    try:
        f.write(b'x')
    except TypeError as e:
        print(e)  # expect: write() argument must be str, not bytes
