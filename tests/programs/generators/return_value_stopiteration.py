# return in a generator sets StopIteration.value.
def g():
    yield 1
    return "the end"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)  # expect: value: the end
    print(e.args)  # expect: ('the end',)
