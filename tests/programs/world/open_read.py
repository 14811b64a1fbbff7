# world: files.json
# open() on the world's files: read, readline, readlines, iteration.
f = open('example.txt')
print(repr(f.readline()))  # expect: 'first line\n'
print(repr(f.read(6)))  # expect: 'second'
print(f.readlines())  # expect: [' line\n', 'third line\n']
print(repr(f.read()))  # expect: ''
f.close()
for line in open('notes/todo.txt'):
    print(line, end='')
# expect: buy milk
# expect: write book
print(open('empty.txt').read() == '')  # expect: True
