# Re-seeding repeats the sequence.
import random
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, all(0 <= x < 1 for x in a))  # expect: True True
