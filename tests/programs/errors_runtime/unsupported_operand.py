# Adding an int and a str.
age = 20
age + " years"  # expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
