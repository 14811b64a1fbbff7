# update, | and |=, dict() constructor forms.
a = {"a": 1, "b": 2}
a.update({"b": 20, "c": 3})
a.update(d=4)
print(a)  # expect: {'a': 1, 'b': 20, 'c': 3, 'd': 4}
print({"x": 1} | {"y": 2, "x": 0})  # expect: {'x': 0, 'y': 2}
print(dict(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(dict([("k", "v"), ("n", 1)]))  # expect: {'k': 'v', 'n': 1}
print(dict(zip("ab", range(2))))  # expect: {'a': 0, 'b': 1}
print(dict.fromkeys([1, 2], 0))  # expect: {1: 0, 2: 0}
