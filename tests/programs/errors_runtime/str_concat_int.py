# Concatenating a str and an int.
age = 20
print("Age: " + age)  # expect runtime error: TypeError: can only concatenate str (not "int") to str
