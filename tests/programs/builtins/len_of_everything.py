# len() works on every sized container.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)))  # expect: 3 2 1 1 3 10
print(len(""), len(b"xy"))  # expect: 0 2
try:
    len(5)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
