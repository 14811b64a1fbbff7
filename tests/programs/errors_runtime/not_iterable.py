# Looping over an int.
for i in 10:  # expect runtime error: TypeError: 'int' object is not iterable
    print(i)
