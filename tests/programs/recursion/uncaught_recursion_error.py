# Uncaught RecursionError ends the program.
def down(n):
    return down(n - 1)  # expect runtime error: RecursionError: maximum recursion depth exceeded
print("start")  # expect: start
down(10)
# expect stderr:   File "prog.py", line 5, in <module>
# expect stderr:   File "prog.py", line 3, in down
