# Docstrings and function attributes.
def f():
    """Return nothing useful."""
print(f.__doc__)  # expect: Return nothing useful.
f.calls = 3
print(f.calls)  # expect: 3
def g(a, b=2, *args, c, **kw):
    pass
print(g.__code__.co_argcount, g.__defaults__, g.__kwdefaults__)  # expect: 2 (2,) None
