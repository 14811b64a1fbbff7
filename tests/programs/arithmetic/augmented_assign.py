# Augmented assignment operators.
x = 10
x += 5
x -= 3
x *= 2
print(x)  # expect: 24
x //= 5
print(x)  # expect: 4
x **= 3
x %= 10
print(x)  # expect: 4
x <<= 2
x |= 1
print(x)  # expect: 17
y = 1
y /= 4
print(y)  # expect: 0.25
