# Big sums stay exact.
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)  # expect: 280571172992510140037611932413038677189525
