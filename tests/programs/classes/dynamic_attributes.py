# hasattr/getattr/setattr/delattr on instances.
class Box:
    pass
b = Box()
setattr(b, "color", "red")
print(hasattr(b, "color"), getattr(b, "color"))  # expect: True red
print(getattr(b, "size", "n/a"))  # expect: n/a
delattr(b, "color")
print(hasattr(b, "color"))  # expect: False
