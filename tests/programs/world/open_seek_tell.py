# world: files.json
# tell() and seek(): byte positions; text files allow only seek(0, 1) and seek(0, 2) relative.
import io
f = open('unicode.txt')
print(f.read(2), f.tell())  # expect: hé 3
f.seek(0)
print(f.readline(), end='')  # expect: héllo wörld
print(f.seek(0, 2))  # expect: 21
try:
    f.seek(-1, 1)
except io.UnsupportedOperation as e:
    print(e)  # expect: can't do nonzero cur-relative seeks
try:
    f.seek(-1)
except ValueError as e:
    print(e)  # expect: negative seek position -1
b = open('example.txt', 'rb')
b.seek(-5, 2)
print(b.read())  # expect: b'line\n'
