# The traceback shows the source line of each frame (checked for the call, whose line has no comment).
def f(d):
    return d["missing"]  # expect runtime error: KeyError: 'missing'
f({})
# expect stderr:   File "prog.py", line 4, in <module>
# expect stderr:     f({})
# expect stderr:   File "prog.py", line 3, in f
