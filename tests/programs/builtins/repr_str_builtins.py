# repr() and str() of nested values.
data = [1, "two", 3.0, None, True, (4,), {"k": [5]}]
print(repr(data))  # expect: [1, 'two', 3.0, None, True, (4,), {'k': [5]}]
print(str(data) == repr(data))  # expect: True
print(repr(1.0), repr(-2), repr(""))  # expect: 1.0 -2 ''
