# repr() of strings picks the quote that needs no escaping.
print(repr("abc"))  # expect: 'abc'
print(repr("it's"))  # expect: "it's"
print(repr('say "hi"'))  # expect: 'say "hi"'
print(repr("both ' and \""))  # expect: 'both \' and "'
print(repr("a\nb\t"))  # expect: 'a\nb\t'
print(repr("\x00\x7f"))  # expect: '\x00\x7f'
