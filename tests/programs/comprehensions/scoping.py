# The loop variable does not leak; the comprehension sees enclosing names.
x = "outer"
ys = [x for x in range(3)]
print(x, ys)  # expect: outer [0, 1, 2]
factor = 10
print([n * factor for n in range(3)])  # expect: [0, 10, 20]
def make():
    k = 2
    return [n ** k for n in range(4)]
print(make())  # expect: [0, 1, 4, 9]
