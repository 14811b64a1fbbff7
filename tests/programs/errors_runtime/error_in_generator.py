# A traceback through a generator frame.
def gen():
    yield 1
    yield 1 / 0  # expect runtime error: ZeroDivisionError: division by zero
for v in gen():
    print(v)  # expect: 1
# expect stderr:   File "prog.py", line 5, in <module>
# expect stderr:   File "prog.py", line 4, in gen
