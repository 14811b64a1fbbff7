# In a class body, only the first iterable sees class-level names.
class C:
    n = 3
    xs = [i for i in range(n)]
    try:
        ys = [n for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.xs)  # expect: [0, 1, 2]
print(C.err)  # expect: name 'n' is not defined
