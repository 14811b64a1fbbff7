# world: files.json
# A file the world does not have: CPython's exact FileNotFoundError.
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)  # expect: 2 No such file or directory missing.txt
    print(e.args)  # expect: (2, 'No such file or directory')
    print(repr(e))  # expect: FileNotFoundError(2, 'No such file or directory')
open('notes/missing.txt')  # expect runtime error: FileNotFoundError: [Errno 2] No such file or directory: 'notes/missing.txt'
