# finally runs before an uncaught exception ends the program.
def f():
    try:
        raise RuntimeError("boom")  # expect runtime error: RuntimeError: boom
    finally:
        print("cleanup")  # expect: cleanup
f()
# expect stderr:   File "prog.py", line 7, in <module>
# expect stderr:   File "prog.py", line 4, in f
