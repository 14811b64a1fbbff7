# reversed works on sequences, not on iterators.
print(list(reversed([1, 2, 3])), "".join(reversed("abc")))  # expect: [3, 2, 1] cba
print(list(reversed(range(3))), tuple(reversed((1, 2))))  # expect: [2, 1, 0] (2, 1)
print(list(reversed({"a": 1, "b": 2})))  # expect: ['b', 'a']
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)  # expect: 'list_iterator' object is not reversible
