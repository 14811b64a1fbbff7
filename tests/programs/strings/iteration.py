# Iterating over a string yields 1-character strings.
for ch in "hey":
    print(ch, ord(ch))
# expect: h 104
# expect: e 101
# expect: y 121
print(list("abc"))  # expect: ['a', 'b', 'c']
