# RecursionError is a RuntimeError; the program recovers fully.
def f():
    f()
for attempt in range(2):
    try:
        f()
    except RuntimeError as e:
        print(attempt, type(e).__name__)
# expect: 0 RecursionError
# expect: 1 RecursionError
