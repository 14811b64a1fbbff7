# __exit__ runs when the body returns early.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
def f():
    with CM():
        return "returned"
print(f())
# expect: exit None
# expect: returned
