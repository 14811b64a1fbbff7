# A trailing comma makes the tuple, not the parentheses.
a = (5)
b = (5,)
c = 5,
print(type(a).__name__, type(b).__name__, c)  # expect: int tuple (5,)
print(tuple("ab"), tuple())  # expect: ('a', 'b') ()
