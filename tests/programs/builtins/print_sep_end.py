# print's sep and end keywords.
print(1, 2, 3, sep="-")  # expect: 1-2-3
print("a", "b", sep="")  # expect: ab
print("no newline", end="")
print(" -> same line")  # expect: no newline -> same line
print("x", end="!\n")  # expect: x!
print()  # expect:
print(*[1, 2], sep=", ")  # expect: 1, 2
print("multi", "args", 3, None)  # expect: multi args 3 None
