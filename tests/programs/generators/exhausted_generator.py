# An exhausted generator keeps raising StopIteration.
def one():
    yield 1
g = one()
print(list(g), list(g))  # expect: [1] []
print(next(g, "empty"))  # expect: empty
