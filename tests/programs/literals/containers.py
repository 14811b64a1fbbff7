# Container literals and their reprs.
print([1, 2, 3])  # expect: [1, 2, 3]
print((1,))  # expect: (1,)
print(())  # expect: ()
print({})  # expect: {}
print({"a": 1, "b": [2, 3]})  # expect: {'a': 1, 'b': [2, 3]}
print({3, 1, 2})  # expect: {1, 2, 3}
print(set())  # expect: set()
print([[], [[]]])  # expect: [[], [[]]]
