# List comprehensions with conditions.
print([n * n for n in range(6)])  # expect: [0, 1, 4, 9, 16, 25]
print([n for n in range(10) if n % 3 == 0])  # expect: [0, 3, 6, 9]
print(["even" if n % 2 == 0 else "odd" for n in range(3)])  # expect: ['even', 'odd', 'even']
print([c.upper() for c in "abc"])  # expect: ['A', 'B', 'C']
