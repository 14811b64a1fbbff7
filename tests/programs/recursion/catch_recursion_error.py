# Unbounded recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught:", e)  # expect: caught: maximum recursion depth exceeded
print("still running")  # expect: still running
