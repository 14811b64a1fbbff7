# Frames for lambdas and comprehensions are named <lambda> and <listcomp>.
f = lambda x: 10 // x  # expect runtime error: ZeroDivisionError: integer division or modulo by zero
print([f(x) for x in [5, 2, 0]])
# expect stderr:   File "prog.py", line 3, in <module>
# expect stderr:   File "prog.py", line 3, in <listcomp>
# expect stderr:   File "prog.py", line 2, in <lambda>
