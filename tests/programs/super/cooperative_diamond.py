# super() follows the MRO, so each class runs once in a diamond.
class Base:
    def hello(self):
        print("Base")
class A(Base):
    def hello(self):
        print("A")
        super().hello()
class B(Base):
    def hello(self):
        print("B")
        super().hello()
class D(A, B):
    def hello(self):
        print("D")
        super().hello()
D().hello()
# expect: D
# expect: A
# expect: B
# expect: Base
