# Functions are values: pass, return, store them.
def twice(f, x):
    return f(f(x))
def inc(n):
    return n + 1
ops = {"inc": inc, "dbl": lambda n: n * 2}
print(twice(inc, 5))  # expect: 7
print(twice(ops["dbl"], 3))  # expect: 12
print(inc.__name__)  # expect: inc
print(ops["dbl"].__name__)  # expect: <lambda>
