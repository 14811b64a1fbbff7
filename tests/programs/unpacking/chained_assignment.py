# Chained assignment binds every target to the same object.
a = b = []
a.append(1)
print(b)  # expect: [1]
x = y = z = 0
x += 1
print(x, y, z)  # expect: 1 0 0
i = 0
xs = [0, 0]
i, xs[i] = 1, 5
print(xs)  # expect: [0, 5]
