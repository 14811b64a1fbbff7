# Attribute access by name.
class C:
    x = 1
c = C()
print(getattr(c, "x"), hasattr(c, "y"))  # expect: 1 False
setattr(c, "y", 2)
print(c.y, getattr(c, "z", None))  # expect: 2 None
print(getattr("abc", "upper")())  # expect: ABC
try:
    getattr(c, "zz")
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute 'zz'
