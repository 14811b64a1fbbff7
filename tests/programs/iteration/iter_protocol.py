# for loops call iter() then next() until StopIteration.
it = iter("ab")
print(next(it))  # expect: a
for c in it:
    print("rest", c)  # expect: rest b
print(iter(it) is it)  # expect: True
try:
    iter(5)
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
