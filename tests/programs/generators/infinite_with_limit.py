# An infinite generator consumed partially.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print([next(g) for _ in range(5)])  # expect: [0, 1, 2, 3, 4]
for n in naturals():
    if n * n > 50:
        break
print(n)  # expect: 8
