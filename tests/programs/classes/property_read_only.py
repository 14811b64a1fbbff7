# A property without a setter cannot be assigned.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
c = Circle(2)
print(c.area)  # expect: 12.57
try:
    c.area = 5
except AttributeError as e:
    print(e)  # expect: property 'area' of 'Circle' object has no setter
