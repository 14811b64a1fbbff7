# uniform after a seed.
import random
random.seed(5)
print(random.uniform(1, 2), round(random.uniform(0, 100), 3))  # expect: 1.622901694889702 74.179
