# choice after a seed, from a list and from a range.
import random
random.seed(7)
print(random.choice(["a", "b", "c", "d"]), random.choice(range(100)))  # expect: c 19
