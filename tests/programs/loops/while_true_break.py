# The while True / break pattern.
total = 0
values = iter([3, 4, -1, 8])
while True:
    v = next(values)
    if v < 0:
        break
    total += v
print(total)  # expect: 7
