# split and join.
print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print("  many   spaces here ".split())  # expect: ['many', 'spaces', 'here']
print("a b c d".split(" ", 2))  # expect: ['a', 'b', 'c d']
print("a-b-c".rsplit("-", 1))  # expect: ['a-b', 'c']
print("-".join(["x", "y", "z"]))  # expect: x-y-z
print("".join(reversed("abc")))  # expect: cba
print(", ".join(str(n) for n in range(3)))  # expect: 0, 1, 2
