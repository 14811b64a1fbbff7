# Calling with too many positional arguments.
def f(a, b):
    return a + b
print(f(1, 2))  # expect: 3
f(1, 2, 3)  # expect runtime error: TypeError: f() takes 2 positional arguments but 3 were given
# expect stderr:   File "prog.py", line 5, in <module>
