# Built-in exceptions form a hierarchy.
print(issubclass(ZeroDivisionError, ArithmeticError))  # expect: True
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))  # expect: True True
print(issubclass(UnboundLocalError, NameError))  # expect: True
print(issubclass(RecursionError, RuntimeError))  # expect: True
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))  # expect: True False
try:
    [][0]
except LookupError as e:
    print(type(e).__name__)  # expect: IndexError
