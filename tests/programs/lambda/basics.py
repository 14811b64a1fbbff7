# Lambdas are anonymous single-expression functions.
sq = lambda x: x * x
print(sq(7))  # expect: 49
print((lambda a, b=2: a + b)(1))  # expect: 3
print((lambda *a, **k: (a, k))(1, x=2))  # expect: ((1,), {'x': 2})
print((lambda: "no args")())  # expect: no args
