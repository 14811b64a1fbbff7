# Class and instance introspection without addresses.
class Thing:
    """A thing."""
    pass
t = Thing()
print(Thing.__name__, Thing.__doc__)  # expect: Thing A thing.
print(type(t) is Thing, isinstance(t, object))  # expect: True True
print(repr(Thing))  # expect: <class '__main__.Thing'>
print(type(Thing).__name__)  # expect: type
t.extra = 1
print(t.__dict__)  # expect: {'extra': 1}
