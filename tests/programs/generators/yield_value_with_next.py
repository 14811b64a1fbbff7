# With next(), a yield expression evaluates to None.
def echo():
    while True:
        received = yield
        print("received", received)
g = echo()
next(g)
next(g)  # expect: received None
g.send("hi")  # expect: received hi
