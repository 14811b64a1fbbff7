# slice() objects and the copy a slice makes.
s = slice(1, 5, 2)
print("abcdefg"[s])  # expect: bd
print(s.start, s.stop, s.step)  # expect: 1 5 2
print(slice(3))  # expect: slice(None, 3, None)
a = [1, 2, 3]
b = a[:]
b[0] = 99
print(a)  # expect: [1, 2, 3]
print(range(10)[2:8:3])  # expect: range(2, 8, 3)
