# Without __eq__, == compares identity.
class Token:
    def __init__(self, v):
        self.v = v
a = Token(1)
b = Token(1)
print(a == b, a == a, a != b)  # expect: False True True
print(a in [b], a in [a])  # expect: False True
