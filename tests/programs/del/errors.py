# Deleting something that isn't there.
d = {}
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'nope'
try:
    del [1][5]
except IndexError as e:
    print(e)  # expect: list assignment index out of range
