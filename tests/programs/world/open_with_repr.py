# world: files.json
# `with` closes the file; the file objects' types and reprs are CPython's.
with open('example.txt') as f:
    print(f)  # expect: <_io.TextIOWrapper name='example.txt' mode='r' encoding='UTF-8'>
    print(f.closed, f.name, f.mode, f.encoding)  # expect: False example.txt r UTF-8
print(f.closed)  # expect: True
print(open('example.txt', 'rb'))  # expect: <_io.BufferedReader name='example.txt'>
print(open('out/x', 'wb'))  # expect: <_io.BufferedWriter name='out/x'>
print(open('out/x', 'r+b'))  # expect: <_io.BufferedRandom name='out/x'>
print(type(open('example.txt')).__name__)  # expect: TextIOWrapper
try:
    with f:
        pass
except ValueError as e:
    print(e)  # expect: I/O operation on closed file.
