# Expressions inside f-strings.
name = "Ada"
n = 3
print(f"Hello, {name}!")  # expect: Hello, Ada!
print(f"{n} squared is {n * n}")  # expect: 3 squared is 9
print(f"{name.upper()} {len(name)}")  # expect: ADA 3
print(f"{{braces}} {n}")  # expect: {braces} 3
print(f"{[1, 2][0]} {'q'}")  # expect: 1 q
