# **kwargs collects extra keyword arguments into a dict, in call order.
def show(**opts):
    for k, v in opts.items():
        print(k, "=", v)
show(color="red", size=3)
# expect: color = red
# expect: size = 3
def mixed(a, *args, b=0, **kw):
    print(a, args, b, kw)
mixed(1, 2, 3, b=4, c=5, d=6)  # expect: 1 (2, 3) 4 {'c': 5, 'd': 6}
