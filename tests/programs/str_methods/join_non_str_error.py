# join() refuses non-strings.
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)  # expect: sequence item 0: expected str instance, int found
