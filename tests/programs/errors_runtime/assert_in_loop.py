# An assertion failing part-way through a loop.
for n in [2, 4, 5, 6]:
    assert n % 2 == 0, f"{n} is odd"  # expect runtime error: AssertionError: 5 is odd
    print(n)
# expect: 2
# expect: 4
