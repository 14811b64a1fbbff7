# A return in finally discards the in-flight exception.
def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())  # expect: finally wins
