# world: full_disk.json
# nodiff: the world's disk holds 16 bytes; python3's real disk is not full
# A full disk fails writes as a real one does (ENOSPC); what fit stays written.
with open('notes.txt', 'a') as f:
    print(f.write('abcdef'))  # expect: 6
    try:
        f.write('!')
    except OSError as e:
        print(type(e).__name__, e.errno, e)  # expect: OSError 28 [Errno 28] No space left on device
print(open('notes.txt').read())  # expect: 0123456789abcdef
with open('notes.txt', 'w') as f:
    f.write('x' * 16)
print(len(open('notes.txt').read()))  # expect: 16
