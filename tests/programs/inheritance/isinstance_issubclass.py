# isinstance and issubclass follow the hierarchy.
class A: pass
class B(A): pass
class C(B): pass
c = C()
print(isinstance(c, A), isinstance(c, (int, B)))  # expect: True True
print(issubclass(C, A), issubclass(A, C), issubclass(A, A))  # expect: True False True
print(isinstance(True, int), issubclass(bool, int))  # expect: True True
print([k.__name__ for k in C.__mro__])  # expect: ['C', 'B', 'A', 'object']
print(C.__bases__[0].__name__)  # expect: B
