# range with start, stop, step; its repr and len.
print(list(range(5)))  # expect: [0, 1, 2, 3, 4]
print(list(range(2, 8, 2)), list(range(5, 0, -2)))  # expect: [2, 4, 6] [5, 3, 1]
print(range(3), range(1, 10, 3))  # expect: range(0, 3) range(1, 10, 3)
print(len(range(0, 100, 7)), range(10)[-1], 5 in range(0, 10, 5))  # expect: 15 9 True
print(list(range(3, 3)))  # expect: []
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
