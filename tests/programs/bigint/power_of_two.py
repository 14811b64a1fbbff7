# Integers have arbitrary precision.
print(2 ** 100)  # expect: 1267650600228229401496703205376
print(2 ** 64 - 1)  # expect: 18446744073709551615
print(-(2 ** 70))  # expect: -1180591620717411303424
