# Nested with blocks: a context manager that restores state on exit.
state = {"depth": 0}
class Depth:
    def __enter__(self):
        state["depth"] += 1
        return state["depth"]
    def __exit__(self, *a):
        state["depth"] -= 1
with Depth() as d1:
    with Depth() as d2:
        print(d1, d2, state["depth"])  # expect: 1 2 2
print(state["depth"])  # expect: 0
