# Method argument errors name the qualified method.
class Calc:
    def add(self, a, b):
        return a + b
Calc().add(1, 2, 3)  # expect runtime error: TypeError: Calc.add() takes 3 positional arguments but 4 were given
