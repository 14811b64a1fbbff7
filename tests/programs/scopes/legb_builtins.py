# Names resolve local, enclosing, global, builtin; shadowing a builtin is local.
def f():
    len = lambda s: "mine"
    return len("abc")
print(f(), len("abc"))  # expect: mine 3
def g():
    return max([3, 1, 2])
max = min
print(g())  # expect: 1
del max
print(g())  # expect: 3
