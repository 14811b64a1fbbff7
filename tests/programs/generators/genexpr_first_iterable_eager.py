# A generator expression evaluates its first iterable immediately, the rest lazily.
try:
    g = (x for x in undefined_iterable)
except NameError as e:
    print("eager:", e)  # expect: eager: name 'undefined_iterable' is not defined
g = (y for x in [1] for y in undefined_later)
print("created lazily")  # expect: created lazily
try:
    next(g)
except NameError as e:
    print("lazy:", e)  # expect: lazy: name 'undefined_later' is not defined
