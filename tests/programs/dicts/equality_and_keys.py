# Equality ignores order; equal numbers are the same key.
print({"a": 1, "b": 2} == {"b": 2, "a": 1})  # expect: True
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)  # expect: {1: 'bool'}
try:
    {[1]: 2}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
