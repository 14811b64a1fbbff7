# is compares identity; == compares value.
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b)  # expect: True False True
x = None
print(x is None, x == None)  # expect: True True
