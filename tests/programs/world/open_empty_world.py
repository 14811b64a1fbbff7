# No world: no files, but the working directory exists, so a program can write and read back.
try:
    open('data.txt')
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: 'data.txt'
with open('data.txt', 'w') as f:
    f.write('made here\n')
print(open('data.txt').read(), end='')  # expect: made here
