# any and all, including on empty iterables.
print(any([0, "", 3]), all([1, "x", [0]]))  # expect: True True
print(any([]), all([]))  # expect: False True
print(all(n % 2 == 0 for n in [2, 4, 5]))  # expect: False
print(any(c.isdigit() for c in "ab3"))  # expect: True
