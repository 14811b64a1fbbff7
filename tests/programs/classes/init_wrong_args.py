# Wrong argument counts for a constructor mention __init__.
class P:
    def __init__(self, x, y):
        self.x = x
try:
    P(1)
except TypeError as e:
    print(e)  # expect: P.__init__() missing 1 required positional argument: 'y'
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(e)  # expect: Empty() takes no arguments
