# Generator expressions are lazy and single-use.
g = (n * 2 for n in range(4))
print(type(g).__name__)  # expect: generator
print(sum(g))  # expect: 12
print(sum(g))  # expect: 0
print(max(len(w) for w in ["a", "abc", "ab"]))  # expect: 3
print(list(x for x in "hi"))  # expect: ['h', 'i']
