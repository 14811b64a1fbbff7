# The first send must be None.
def g():
    yield 1
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started generator
