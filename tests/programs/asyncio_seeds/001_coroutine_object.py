# seed 001: calling a coroutine function only creates a coroutine object; nothing inside runs,
# and Python warns that the coroutine was never awaited.
# (The seed prints the object itself, whose repr contains a memory address; this version prints
# its type name so that stdout is the same on every run.)
async def coroutine_function():
    print("this is a coroutine function")

print(type(coroutine_function()).__name__)
# expect: coroutine
# expect stderr: prog.py:8: RuntimeWarning: coroutine 'coroutine_function' was never awaited
# expect stderr:   print(type(coroutine_function()).__name__)
