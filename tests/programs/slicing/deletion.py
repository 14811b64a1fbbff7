# del with slices.
xs = list(range(8))
del xs[1:3]
print(xs)  # expect: [0, 3, 4, 5, 6, 7]
del xs[::2]
print(xs)  # expect: [3, 5, 7]
del xs[-1]
print(xs)  # expect: [3, 5]
