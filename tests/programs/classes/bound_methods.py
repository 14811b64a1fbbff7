# Methods bound to instances are first-class values.
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n
c = Counter()
t = c.tick
t()
t()
print(c.n)  # expect: 2
print(Counter.tick(c))  # expect: 3
print(t.__self__ is c, t.__name__)  # expect: True tick
