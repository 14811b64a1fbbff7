# Giving an argument twice.
def f(a, b):
    return a + b
try:
    f(1, a=2)
except TypeError as e:
    print(e)  # expect: f() got multiple values for argument 'a'
try:
    f(1, 2, **{"b": 3})
except TypeError as e:
    print(e)  # expect: f() got multiple values for argument 'b'
