# A bare raise re-raises the current exception.
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    f()
except ZeroDivisionError as e:
    print("outer caught:", e)
# expect: logging and re-raising
# expect: outer caught: division by zero
