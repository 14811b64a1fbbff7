# The classic: a function returned None.
def find(xs):
    for x in xs:
        if x > 10:
            return x
result = find([1, 2])
result.bit_length()  # expect runtime error: AttributeError: 'NoneType' object has no attribute 'bit_length'
