# __eq__ for value equality; defining __eq__ removes the default hash.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
print(P(1) == P(1), P(1) != P(2), P(1) == 1)  # expect: True True False
try:
    hash(P(1))
except TypeError as e:
    print(e)  # expect: unhashable type: 'P'
