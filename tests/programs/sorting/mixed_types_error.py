# Comparing unrelated types fails.
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
print(sorted([1, 2.5, True, 0]))  # expect: [0, 1, True, 2.5]
