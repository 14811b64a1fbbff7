# Functions that build functions.
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(-1)(1))  # expect: 6 11 0
