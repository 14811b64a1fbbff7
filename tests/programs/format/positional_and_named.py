# str.format with positional, numbered and named fields.
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{1} {0} {1}".format("a", "b"))  # expect: b a b
print("{name} is {age}".format(name="Al", age=30))  # expect: Al is 30
print("{0[1]} {p.real}".format([5, 6], p=3))  # expect: 6 3
print("{{}} {}".format("x"))  # expect: {} x
