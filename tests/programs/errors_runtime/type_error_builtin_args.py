# Built-in functions report wrong argument counts too.
try:
    len()
except TypeError as e:
    print(e)  # expect: len() takes exactly one argument (0 given)
try:
    abs(1, 2)
except TypeError as e:
    print(e)  # expect: abs() takes exactly one argument (2 given)
"abc".upper(1)  # expect runtime error: TypeError: str.upper() takes no arguments (1 given)
