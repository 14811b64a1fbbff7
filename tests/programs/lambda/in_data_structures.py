# Lambdas stored in a dict and a list, and a lambda returning a lambda.
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))  # expect: 5 6
pipeline = [lambda x: x + 1, lambda x: x * 10]
v = 1
for f in pipeline:
    v = f(v)
print(v)  # expect: 20
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4))  # expect: 7
