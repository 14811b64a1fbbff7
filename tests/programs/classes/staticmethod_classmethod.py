# @staticmethod and @classmethod.
class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
print(Temp.c_to_f(100))  # expect: 212.0
print(Temp(0).c_to_f(0))  # expect: 32.0
print(Temp.from_f(212).deg)  # expect: 100.0
print(Temp.describe())  # expect: Temp in C
