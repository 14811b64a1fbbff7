# Lexicographic comparison by code point.
print("apple" < "banana")  # expect: True
print("Zebra" < "apple")  # expect: True
print("abc" < "abcd")  # expect: True
print("abc" == "abc", "a" != "A")  # expect: True True
print(max("hello"), min("hello"))  # expect: o e
