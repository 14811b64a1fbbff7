# world: files.json
# Bad modes and operations the mode does not allow, with CPython's messages.
import io
for mode in ['q', 'rw', 'rr', 'rbt', 'b', '']:
    try:
        open('example.txt', mode)
    except ValueError as e:
        print(repr(mode), e)
# expect: 'q' invalid mode: 'q'
# expect: 'rw' must have exactly one of create/read/write/append mode
# expect: 'rr' invalid mode: 'rr'
# expect: 'rbt' can't have text and binary mode at once
# expect: 'b' Must have exactly one of create/read/write/append mode and at most one plus
# expect: '' Must have exactly one of create/read/write/append mode and at most one plus
try:
    open('example.txt', 'rb', encoding='utf-8')
except ValueError as e:
    print(e)  # expect: binary mode doesn't take an encoding argument
f = open('out/w.txt', 'w')
try:
    f.read()
except io.UnsupportedOperation as e:
    print(type(e).__module__, type(e).__name__, e)  # expect: io UnsupportedOperation not readable
    print(isinstance(e, OSError), isinstance(e, ValueError))  # expect: True True
f.close()
try:
    f.write('x')
except ValueError as e:
    print(e)  # expect: I/O operation on closed file.
open('example.txt').write('x')  # expect runtime error: io.UnsupportedOperation: not writable
