# yield from delegates to a sub-iterator and returns its value.
def inner():
    yield "a"
    yield "b"
    return "inner result"
def outer():
    result = yield from inner()
    print("got", result)
    yield from range(2)
print(list(outer()))
# expect: got inner result
# expect: ['a', 'b', 0, 1]
