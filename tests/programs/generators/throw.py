# throw() raises an exception at the paused yield.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
it = g()
next(it)
print(it.throw(ValueError("bad")))
# expect: caught bad
# expect: ready
