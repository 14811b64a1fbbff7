# global inside a nested function still means the module scope.
level = "module"
def outer():
    level = "outer"
    def inner():
        global level
        level = "set by inner"
    inner()
    return level
print(outer(), level)  # expect: outer set by inner
