# type() and isinstance() on built-in values.
values = [1, 1.0, "s", [], (), {}, set(), None, True, range(1), len]
print(" ".join(type(v).__name__ for v in values))
# expect: int float str list tuple dict set NoneType bool range builtin_function_or_method
print(type(1), type("x"))  # expect: <class 'int'> <class 'str'>
print(isinstance(1, (str, int)), isinstance(1.0, int))  # expect: True False
print(type(3) == int, type(True) == int)  # expect: True False
