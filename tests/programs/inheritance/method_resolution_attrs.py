# Attribute lookup: instance, then class, then bases.
class A:
    x = "A.x"
    y = "A.y"
class B(A):
    x = "B.x"
b = B()
print(b.x, b.y)  # expect: B.x A.y
b.y = "b.y"
print(b.y, B.y)  # expect: b.y A.y
