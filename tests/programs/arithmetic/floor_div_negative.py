# Floor division and modulo round toward negative infinity.
print(-7 // 2, -7 % 2)  # expect: -4 1
print(7 // -2, 7 % -2)  # expect: -4 -1
print(-7 // -2, -7 % -2)  # expect: 3 -1
print(-7.5 // 2, -7.5 % 2)  # expect: -4.0 0.5
print(divmod(-7, 2))  # expect: (-4, 1)
