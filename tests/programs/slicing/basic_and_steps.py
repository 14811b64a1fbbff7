# Slices with start, stop, step.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:])  # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9]
print(xs[::2], xs[1::3])  # expect: [0, 2, 4, 6, 8] [1, 4, 7]
print(xs[::-1])  # expect: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
print(xs[8:2:-2])  # expect: [8, 6, 4]
print("abcdef"[1:4], "abcdef"[::-2])  # expect: bcd fdb
