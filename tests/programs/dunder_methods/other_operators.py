# __sub__, __mul__, __neg__, __iadd__, __getattr__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __getattr__(self, name):
        return f"no {name}"
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
print(v - Vec(1, 1), v * 3, -v)  # expect: Vec(0, 1) Vec(3, 6) Vec(-1, -2)
v += Vec(10, 10)
print(v, v.z)  # expect: Vec(11, 12) no z
