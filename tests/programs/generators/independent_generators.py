# Generator state and independence of generator objects.
def count_to(n):
    for i in range(1, n + 1):
        yield i
a = count_to(3)
b = count_to(3)
print(next(a), next(a), next(b))  # expect: 1 2 1
print(list(a), list(b))  # expect: [3] [2, 3]
print(count_to.__name__, type(a).__name__)  # expect: count_to generator
