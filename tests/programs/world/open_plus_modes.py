# world: files.json
# r+ reads and overwrites in place, w+ empties first, a+ reads but always writes at the end.
with open('example.txt', 'r+') as f:
    print(f.readline(), end='')  # expect: first line
    f.seek(0)
    f.write('FIRST')
with open('example.txt') as f:
    print(f.readline(), end='')  # expect: FIRST line
with open('out/p.txt', 'w+') as f:
    f.write('abc')
    f.seek(0)
    print(f.read())  # expect: abc
with open('out/p.txt', 'a+') as f:
    f.seek(0)
    f.write('def')
    f.seek(0)
    print(f.read())  # expect: abcdef
