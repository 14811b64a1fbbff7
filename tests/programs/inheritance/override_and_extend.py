# A subclass overrides one method and inherits the rest.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"{self.name} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Fish(Animal):
    pass
print(Cat("Tom").intro())  # expect: Tom says meow
print(Fish("Nemo").intro())  # expect: Nemo says ...
