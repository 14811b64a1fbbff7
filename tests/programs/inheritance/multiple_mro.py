# Multiple inheritance follows the C3 method resolution order.
class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left"
class Right(Base):
    def who(self):
        return "Right"
class Child(Left, Right):
    pass
print(Child().who())  # expect: Left
print([k.__name__ for k in Child.__mro__])  # expect: ['Child', 'Left', 'Right', 'Base', 'object']
