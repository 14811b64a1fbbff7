# super().__init__ runs the parent's initialiser.
class Vehicle:
    def __init__(self, wheels):
        print("Vehicle init")
        self.wheels = wheels
class Car(Vehicle):
    def __init__(self, brand):
        super().__init__(4)
        print("Car init")
        self.brand = brand
c = Car("VW")
# expect: Vehicle init
# expect: Car init
print(c.brand, c.wheels)  # expect: VW 4
