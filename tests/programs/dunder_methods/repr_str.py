# __repr__ and __str__; containers use __repr__.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
v = V("a")
print(v)  # expect: <a>
print(repr(v), [v])  # expect: V('a') [V('a')]
print(f"{v} {v!r}")  # expect: <a> V('a')
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))  # expect: OnlyRepr() OnlyRepr()
