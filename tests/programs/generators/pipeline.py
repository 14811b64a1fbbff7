# Chained generators form a pipeline.
def numbers():
    yield from range(10)
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
def squared(xs):
    for x in xs:
        yield x * x
print(list(squared(evens(numbers()))))  # expect: [0, 4, 16, 36, 64]
print(sum(x for x in squared(range(4))))  # expect: 14
