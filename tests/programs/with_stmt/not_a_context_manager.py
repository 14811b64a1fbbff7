# Using an object without __enter__ in with.
try:
    with 5:
        pass
except TypeError as e:
    print(e)  # expect: 'int' object does not support the context manager protocol
