# world: files.json
# Directories, paths through files, missing directories, exclusive creation.
for path, mode in [('out', 'r'), ('notes', 'w'), ('example.txt/x', 'r'), ('nodir/x.txt', 'w'), ('example.txt', 'x'), ('', 'r')]:
    try:
        open(path, mode)
    except OSError as e:
        print(type(e).__name__, e)
# expect: IsADirectoryError [Errno 21] Is a directory: 'out'
# expect: IsADirectoryError [Errno 21] Is a directory: 'notes'
# expect: NotADirectoryError [Errno 20] Not a directory: 'example.txt/x'
# expect: FileNotFoundError [Errno 2] No such file or directory: 'nodir/x.txt'
# expect: FileExistsError [Errno 17] File exists: 'example.txt'
# expect: FileNotFoundError [Errno 2] No such file or directory: ''
with open('out/fresh.txt', 'x') as f:
    f.write('new')
print(open('out/fresh.txt').read())  # expect: new
