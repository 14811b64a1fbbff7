# __contains__ drives the in operator.
class Evens:
    def __contains__(self, n):
        return n % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)  # expect: True False True
