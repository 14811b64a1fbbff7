# Functions without return give None; return can give a tuple.
def nothing():
    pass
def pair():
    return 1, 2
def early(x):
    if x < 0:
        return "neg"
    return "non-neg"
print(nothing())  # expect: None
print(pair())  # expect: (1, 2)
print(early(-1), early(3))  # expect: neg non-neg
