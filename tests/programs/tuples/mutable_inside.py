# A tuple's list element can still change.
t = ([1], 2)
t[0].append(3)
print(t)  # expect: ([1, 3], 2)
try:
    hash(t)
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
