# More helpers: expandtabs, casefold, join over a string, isdecimal and isnumeric.
print("a\tb".expandtabs(4).replace(" ", "."))  # expect: a...b
print("Hello".casefold())  # expect: hello
print("x".join("abc"))  # expect: axbxc
print("ab".isdecimal(), "12".isnumeric())  # expect: False True
