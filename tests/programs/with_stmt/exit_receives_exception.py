# __exit__ gets the exception type, value and a traceback object.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(exc_type.__name__, repr(exc), tb is not None)
        return True
with Inspect():
    raise IndexError("idx")
print("suppressed")
# expect: IndexError IndexError('idx') True
# expect: suppressed
