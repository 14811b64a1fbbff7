# randrange with a step, and sample.
import random
random.seed(2024)
print(random.randrange(0, 100, 5), random.sample(range(20), 4))  # expect: 75 [5, 18, 9, 6]
