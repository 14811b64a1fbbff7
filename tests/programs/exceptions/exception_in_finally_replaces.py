# An exception raised in finally replaces the one in flight.
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except Exception as e:
    print(type(e).__name__, e)  # expect: ValueError second
    print(type(e.__context__).__name__)  # expect: KeyError
