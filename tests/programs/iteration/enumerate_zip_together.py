# Combining enumerate and zip.
names = ["ann", "bob"]
scores = [90, 85]
for rank, (name, score) in enumerate(zip(names, scores), 1):
    print(f"{rank}. {name:<4}{score:>4}")
# expect: 1. ann   90
# expect: 2. bob   85
