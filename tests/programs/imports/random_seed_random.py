# Seeded random.random() reproduces CPython's Mersenne Twister exactly.
import random
random.seed(42)
print(random.random())  # expect: 0.6394267984578837
print(random.random())  # expect: 0.025010755222666936
