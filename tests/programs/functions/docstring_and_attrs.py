# Docstrings and function attributes.
def f():
    """Return nothing useful."""
print(f.__doc__)  # expect: Return nothing useful.
f.calls = 3
print(f.calls)  # expect: 3
print(f.__name__, f())  # expect: f None
