# A decorator whose wrapper keeps a call count in a closure.
def counted(fn):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        print(f"call {calls} of {fn.__name__}")
        return fn(*args)
    return wrapper
@counted
def square(x):
    return x * x
print(square(3))
# expect: call 1 of square
# expect: 9
print(square(4))
# expect: call 2 of square
# expect: 16
