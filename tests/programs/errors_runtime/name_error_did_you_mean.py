# Uncaught, CPython 3.11 appends a suggestion for a close name (str(e) has none).
try:
    lenght = 1
    print(length)
except NameError as e:
    print(e)  # expect: name 'length' is not defined
lenght = 3
print(length)  # expect runtime error: NameError: name 'length' is not defined. Did you mean: 'lenght'?
