# assert does nothing when true, raises AssertionError when false.
assert 1 + 1 == 2
assert [1], "non-empty lists are true"
try:
    assert 1 > 2, "one is not bigger"
except AssertionError as e:
    print("AssertionError:", e)  # expect: AssertionError: one is not bigger
try:
    assert False
except AssertionError as e:
    print(repr(e))  # expect: AssertionError()
