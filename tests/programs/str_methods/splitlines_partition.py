# splitlines, partition, rpartition.
text = "first\nsecond\r\nthird\n"
print(text.splitlines())  # expect: ['first', 'second', 'third']
print(text.splitlines(keepends=True))  # expect: ['first\n', 'second\r\n', 'third\n']
print(text.split("\n"))  # expect: ['first', 'second\r', 'third', '']
print("key=value=x".partition("="))  # expect: ('key', '=', 'value=x')
print("key=value=x".rpartition("="))  # expect: ('key=value', '=', 'x')
print("novalue".partition("="))  # expect: ('novalue', '', '')
