# world: files.json
# Text mode reads \r\n and \r as \n (universal newlines); binary mode keeps them.
print(open('crlf.txt').read().split('\n'))  # expect: ['one', 'two', 'three', '']
print(open('crlf.txt').readlines())  # expect: ['one\n', 'two\n', 'three\n']
print(open('crlf.txt', 'rb').read())  # expect: b'one\r\ntwo\rthree\n'
print(open('unicode.txt').read().splitlines())  # expect: ['héllo wörld', '中文']
