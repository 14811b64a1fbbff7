# vars() and dir() on a simple object (sorted, filtered).
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p))  # expect: {'a': 1, 'b': 2}
print([n for n in dir(p) if not n.startswith("_")])  # expect: ['a', 'b']
