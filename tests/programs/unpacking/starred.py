# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = "abc"
print(init, last)  # expect: ['a', 'b'] c
a, *mid, b = (1, 2)
print(a, mid, b)  # expect: 1 [] 2
h, *_, t = range(10)
print(h, t)  # expect: 0 9
