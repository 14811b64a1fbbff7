# Lambdas as sort keys and in map/filter.
people = [("bo", 30), ("al", 25), ("cy", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))  # expect: [('bo', 30), ('cy', 30), ('al', 25)]
print(list(map(lambda x: x + 1, [1, 2])))  # expect: [2, 3]
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))  # expect: ['ab', 'ac']
