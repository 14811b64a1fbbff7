# shuffle after a seed.
import random
random.seed(3)
xs = list(range(10))
random.shuffle(xs)
print(xs)  # expect: [1, 5, 6, 0, 9, 4, 7, 2, 8, 3]
