# replace, find, rfind, index.
s = "banana"
print(s.replace("a", "o"))  # expect: bonono
print(s.replace("a", "o", 2))  # expect: bonona
print(s.find("an"), s.rfind("an"), s.find("x"))  # expect: 1 3 -1
print(s.index("n"))  # expect: 2
print(s.find("a", 2))  # expect: 3
try:
    s.index("x")
except ValueError as e:
    print(e)  # expect: substring not found
