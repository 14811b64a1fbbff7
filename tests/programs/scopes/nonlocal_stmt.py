# nonlocal rebinds a name in the nearest enclosing function.
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())  # expect: changed by inner
