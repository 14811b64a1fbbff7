# world: files.json
# 'w' creates or empties, write() returns the characters written, 'a' appends, and the next
# open() sees the change.
with open('out/new.txt', 'w') as f:
    print(f.write('héllo\n'))  # expect: 6
    f.writelines(['a\n', 'b\n'])
with open('out/new.txt', 'a') as f:
    print(f.write('end\n'))  # expect: 4
print(open('out/new.txt').read().splitlines())  # expect: ['héllo', 'a', 'b', 'end']
with open('example.txt', 'w') as f:
    f.write('replaced\n')
print(open('example.txt').read(), end='')  # expect: replaced
print(f.closed)  # expect: True
