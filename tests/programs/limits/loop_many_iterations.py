# A loop of fifty thousand iterations.
total = 0
i = 0
while i < 50_000:
    total += i
    i += 1
print(total)  # expect: 1249975000
