# The classic counting idiom.
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)  # expect: {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}
best = max(counts, key=counts.get)
print(best)  # expect: the
