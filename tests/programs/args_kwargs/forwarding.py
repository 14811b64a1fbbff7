# Forwarding *args and **kwargs unchanged.
def target(a, b=0, *, c=0):
    return a + b + c
def wrapper(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
    return target(*args, **kwargs)
print(wrapper(1, 2, c=3))
# expect: args (1, 2) kwargs {'c': 3}
# expect: 6
