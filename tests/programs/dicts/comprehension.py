# Dict comprehensions.
squares = {n: n * n for n in range(5)}
print(squares)  # expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)  # expect: {1: 'a', 2: 'b'}
print({c: len(c) for c in ["aa", "b"] if len(c) > 1})  # expect: {'aa': 2}
