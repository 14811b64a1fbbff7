# Tuple unpacking and the swap idiom.
a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
x, y, z = "abc"
print(z, y, x)  # expect: c b a
(p, q), r = (1, 2), 3
print(p, q, r)  # expect: 1 2 3
