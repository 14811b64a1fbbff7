# Negative zero keeps its sign in repr.
print(-0.0)  # expect: -0.0
print(0.0 == -0.0)  # expect: True
print(-0.0 + 0.0)  # expect: 0.0
print(0.0 * -1)  # expect: -0.0
print(abs(-0.0))  # expect: 0.0
