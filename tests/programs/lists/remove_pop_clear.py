# Shrinking a list.
xs = [3, 1, 4, 1, 5]
xs.remove(1)
print(xs)  # expect: [3, 4, 1, 5]
print(xs.pop(), xs.pop(0))  # expect: 5 3
print(xs)  # expect: [4, 1]
xs.clear()
print(xs)  # expect: []
try:
    xs.pop()
except IndexError as e:
    print(e)  # expect: pop from empty list
try:
    [1].remove(2)
except ValueError as e:
    print(e)  # expect: list.remove(x): x not in list
