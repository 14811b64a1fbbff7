# Indexing and length; strings are immutable.
s = "python"
print(s[0], s[-1], s[2])  # expect: p n t
print(len(s))  # expect: 6
try:
    s[0] = "P"
except TypeError as e:
    print(e)  # expect: 'str' object does not support item assignment
try:
    s[10]
except IndexError as e:
    print(e)  # expect: string index out of range
