# del removes names, list items, dict keys and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(e)  # expect: name 'x' is not defined
xs = [1, 2, 3]
del xs[0]
d = {"a": 1, "b": 2}
del d["a"]
print(xs, d)  # expect: [2, 3] {'b': 2}
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))  # expect: False
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())  # expect: False False
