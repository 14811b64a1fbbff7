# round() uses banker's rounding and exact binary values.
print(round(2.5), round(3.5), round(-2.5))  # expect: 2 4 -2
print(round(0.5), round(1.5))  # expect: 0 2
print(round(2.675, 2))  # expect: 2.67
print(round(3.14159, 3))  # expect: 3.142
print(round(1234.5678, -2))  # expect: 1200.0
print(round(7))  # expect: 7
print(type(round(2.7)).__name__)  # expect: int
print(round(1241, -1), round(1250, -2))  # expect: 1240 1200
