# * and ** in calls and displays.
def f(a, b, c):
    return a + b + c
args = [1, 2, 3]
print(f(*args))  # expect: 6
print(f(1, *[2, 3]))  # expect: 6
print(f(**{"a": 1, "b": 2, "c": 3}))  # expect: 6
print([*range(3), *"ab"])  # expect: [0, 1, 2, 'a', 'b']
print({**{"x": 1}, "y": 2, **{"x": 3}})  # expect: {'x': 3, 'y': 2}
print((*[1, 2], 3))  # expect: (1, 2, 3)
