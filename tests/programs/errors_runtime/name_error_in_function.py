# A NameError inside a function shows both frames.
def compute():
    return valu * 2  # expect runtime error: NameError: name 'valu' is not defined
def run():
    return compute()
run()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "prog.py", line 6, in <module>
# expect stderr:   File "prog.py", line 5, in run
# expect stderr:   File "prog.py", line 3, in compute
