# iter(callable, sentinel) calls until the sentinel appears.
values = [3, 2, 1, 0, 5]
pos = -1
def take():
    global pos
    pos += 1
    return values[pos]
print(list(iter(take, 0)))  # expect: [3, 2, 1]
