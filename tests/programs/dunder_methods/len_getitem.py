# __len__ and __getitem__ make a sequence; for loops use __getitem__ until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(4)
print(len(s), s[3])  # expect: 4 9
print(list(s))  # expect: [0, 1, 4, 9]
print(bool(Squares(0)))  # expect: False
