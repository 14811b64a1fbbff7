# Chained comparisons evaluate each operand once.
x = 5
print(1 < x < 10)  # expect: True
print(1 < x > 10)  # expect: False
print(1 == 1.0 == True)  # expect: True
def f():
    print("called")
    return 5
print(0 < f() <= 5)
# expect: called
# expect: True
print(3 != 3.0)  # expect: False
