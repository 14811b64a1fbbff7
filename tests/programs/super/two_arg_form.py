# The explicit super(Class, self) form.
class P:
    def name(self):
        return "P"
class Q(P):
    def name(self):
        return "Q+" + super(Q, self).name()
print(Q().name())  # expect: Q+P
