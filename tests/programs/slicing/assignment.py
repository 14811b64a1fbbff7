# Assigning to slices replaces, grows and shrinks.
xs = [0, 1, 2, 3, 4]
xs[1:3] = ["a", "b", "c"]
print(xs)  # expect: [0, 'a', 'b', 'c', 3, 4]
xs[:2] = []
print(xs)  # expect: ['b', 'c', 3, 4]
xs[len(xs):] = [5]
print(xs)  # expect: ['b', 'c', 3, 4, 5]
xs[::2] = [0, 0, 0]
print(xs)  # expect: [0, 'c', 0, 4, 0]
try:
    xs[::2] = [1]
except ValueError as e:
    print(e)  # expect: attempt to assign sequence of size 1 to extended slice of size 3
