# import inside a function binds a local name.
def area(r):
    import math
    return round(math.pi * r * r, 3)
print(area(1))  # expect: 3.142
print("math" in globals())  # expect: False
