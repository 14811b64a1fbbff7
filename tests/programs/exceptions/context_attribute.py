# __context__ records the exception being handled.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e.__context__))  # expect: ZeroDivisionError('division by zero')
    print(e.__cause__, e.__suppress_context__)  # expect: None False
