# count and the is* predicates.
print("mississippi".count("ss"), "mississippi".count("i"))  # expect: 2 4
print("aaaa".count("aa"))  # expect: 2
print("123".isdigit(), "12a".isdigit(), "".isdigit())  # expect: True False False
print("abc".isalpha(), "ab c".isalpha())  # expect: True False
print("abc123".isalnum(), " \t".isspace())  # expect: True True
print("Hello".isupper(), "hello".islower(), "Hello World".istitle())  # expect: False True True
