# [[0] * 3] * 2 repeats the same inner list.
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)  # expect: [[9, 0, 0], [9, 0, 0]]
good = [[0] * 3 for _ in range(2)]
good[0][0] = 9
print(good)  # expect: [[9, 0, 0], [0, 0, 0]]
