# Python 2 print statement.
print "hello"  # expect error: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
