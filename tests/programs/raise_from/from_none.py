# raise ... from None hides the context.
try:
    try:
        [][1]
    except IndexError:
        raise LookupError("clean") from None
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__)  # expect: clean None True
    print(type(e.__context__).__name__)  # expect: IndexError
