# Class attributes are shared until an instance shadows them.
class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
a = Dog("a")
b = Dog("b")
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)  # expect: wolf canine canine
a.tricks.append("roll")
print(b.tricks)  # expect: ['roll']
Dog.kind = "dog"
print(a.kind, b.kind)  # expect: wolf dog
print(sorted(vars(a)))  # expect: ['kind', 'name']
