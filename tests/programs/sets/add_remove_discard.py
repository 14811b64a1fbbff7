# Mutating sets.
s = {3, 1}
s.add(2)
s.add(3)
print(s, len(s))  # expect: {1, 2, 3} 3
s.discard(10)
s.remove(1)
print(s)  # expect: {2, 3}
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 10
print(s.pop(), s)  # expect: 2 {3}
