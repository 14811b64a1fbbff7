# A lambda's frame is named <lambda>. (Between them CPython 3.11 shows a
# <listcomp> frame, which 3.12 inlines away, so that line is not checked.)
f = lambda x: 10 // x  # expect runtime error: ZeroDivisionError: integer division or modulo by zero
print([f(x) for x in [5, 2, 0]])
# expect stderr:   File "prog.py", line 4, in <module>
# expect stderr:   File "prog.py", line 3, in <lambda>
