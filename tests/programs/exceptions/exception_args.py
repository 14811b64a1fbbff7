# Exceptions can carry any arguments; e.args keeps them.
class Err(Exception):
    pass
e = Err(1, "two", [3])
print(e.args)  # expect: (1, 'two', [3])
print(str(e))  # expect: (1, 'two', [3])
print(isinstance(e, Exception))  # expect: True
