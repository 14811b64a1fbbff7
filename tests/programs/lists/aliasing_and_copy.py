# Two names for one list versus a copy.
a = [1, 2, 3]
b = a
c = a.copy()
d = a[:]
a.append(4)
print(b, c, d)  # expect: [1, 2, 3, 4] [1, 2, 3] [1, 2, 3]
print(a is b, a is c, a == b)  # expect: True False True
