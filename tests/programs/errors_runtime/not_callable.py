# Calling something that isn't a function.
x = 5
x()  # expect runtime error: TypeError: 'int' object is not callable
