# int and float mix; result types.
print(1 + 2.0)  # expect: 3.0
print(type(3 * 1.0).__name__)  # expect: float
print(10 // 3.0)  # expect: 3.0
print(True + 1.5)  # expect: 2.5
print(int(3.99), int(-3.99))  # expect: 3 -3
print(float(7))  # expect: 7.0
