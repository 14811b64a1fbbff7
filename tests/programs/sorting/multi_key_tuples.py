# Sorting by several keys with a tuple key.
students = [("Ann", "B", 90), ("Bob", "A", 85), ("Cid", "B", 95), ("Dee", "A", 85)]
for name, cls, score in sorted(students, key=lambda s: (s[1], -s[2], s[0])):
    print(name, cls, score)
# expect: Bob A 85
# expect: Dee A 85
# expect: Cid B 95
# expect: Ann B 90
