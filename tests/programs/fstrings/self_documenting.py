# The = specifier prints the expression text too.
x = 10
name = "Bo"
print(f"{x=}")  # expect: x=10
print(f"{name=}")  # expect: name='Bo'
print(f"{x * 2 = }")  # expect: x * 2 = 20
print(f"{x=:5}")  # expect: x=   10
print(f"{name=!s}")  # expect: name=Bo
