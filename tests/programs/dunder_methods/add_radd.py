# __add__, __radd__ and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        return self + other
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + Money(7))  # expect: Money(12)
print(10 + Money(1))  # expect: Money(11)
print(sum([Money(1), Money(2)]))  # expect: Money(3)
try:
    Money(1) + "x"
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'Money' and 'str'
