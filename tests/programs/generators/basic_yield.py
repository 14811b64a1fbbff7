# A generator runs lazily, up to each yield.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")  # expect: created
print(next(g))
# expect: start
# expect: 1
print(next(g))
# expect: middle
# expect: 2
try:
    next(g)
except StopIteration:
    print("done")
# expect: end
# expect: done
