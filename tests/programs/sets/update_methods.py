# In-place set methods.
s = {1, 2}
s.update([3, 4], {5})
print(s)  # expect: {1, 2, 3, 4, 5}
s.intersection_update({1, 2, 3, 9})
print(s)  # expect: {1, 2, 3}
s -= {1}
print(s, s.union({0}), s.difference({2}))  # expect: {2, 3} {0, 2, 3} {3}
