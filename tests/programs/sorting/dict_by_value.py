# Sorting a dict's items by value.
scores = {"x": 3, "y": 1, "z": 2}
print(sorted(scores.items(), key=lambda kv: kv[1]))  # expect: [('y', 1), ('z', 2), ('x', 3)]
print(dict(sorted(scores.items(), key=lambda kv: -kv[1])))  # expect: {'x': 3, 'z': 2, 'y': 1}
