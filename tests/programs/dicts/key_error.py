# A missing key raises KeyError with the key's repr.
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))  # expect: KeyError 'missing' KeyError('missing')
try:
    {}[1]
except KeyError as e:
    print(e.args)  # expect: (1,)
