# Negative indices and out-of-range slice bounds.
xs = [10, 20, 30, 40, 50]
print(xs[-2:], xs[:-2], xs[-3:-1])  # expect: [40, 50] [10, 20, 30] [30, 40]
print(xs[3:100], xs[100:], xs[-100:2])  # expect: [40, 50] [] [10, 20]
print(xs[4:1])  # expect: []
print((1, 2, 3)[-1:], "hello"[-3:])  # expect: (3,) llo
