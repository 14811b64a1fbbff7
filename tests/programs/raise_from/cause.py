# raise ... from sets __cause__.
try:
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("config broken") from e
except RuntimeError as e:
    print(e)  # expect: config broken
    print(repr(e.__cause__))  # expect: ValueError("invalid literal for int() with base 10: 'abc'")
    print(e.__suppress_context__)  # expect: True
