# Uncaught, from None shows only the last traceback.
try:
    {}["x"]
except KeyError:
    raise ValueError("only this") from None  # expect runtime error: ValueError: only this
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "prog.py", line 5, in <module>
