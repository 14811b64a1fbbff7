# A missing dict key.
ages = {"ann": 30}
print(ages["ann"])  # expect: 30
print(ages["bob"])  # expect runtime error: KeyError: 'bob'
