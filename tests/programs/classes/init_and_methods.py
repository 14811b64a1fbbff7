# A class with __init__ and methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def describe(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2)
print(p.describe())  # expect: (1, 2)
print(p.moved(3, 4).describe())  # expect: (4, 6)
print(p.x, type(p).__name__)  # expect: 1 Point
