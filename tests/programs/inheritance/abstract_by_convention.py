# A base method that raises NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).area())  # expect: 9
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)  # expect: NotImplementedError subclass must implement area
