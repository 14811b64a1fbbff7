# __exit__ returning True suppresses the exception.
class Ignore:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit saw", exc_type.__name__, exc)
        return exc_type is not None and issubclass(exc_type, self.kind)
with Ignore(ZeroDivisionError) as nothing:
    1 / 0
    print("not reached")
print("continued", nothing)
# expect: exit saw ZeroDivisionError division by zero
# expect: continued None
try:
    with Ignore(ZeroDivisionError):
        raise KeyError("k")
except KeyError:
    print("KeyError propagated")
# expect: exit saw KeyError 'k'
# expect: KeyError propagated
