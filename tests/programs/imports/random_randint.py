# randint after a seed.
import random
random.seed(1)
print(random.randint(1, 10), random.randint(1, 10), random.randint(1, 100))  # expect: 3 10 98
