# A factorial far beyond 64 bits.
n = 1
for i in range(1, 51):
    n *= i
print(n)  # expect: 30414093201713378043612608166064768844377641568960512000000000000
print(len(str(n)))  # expect: 65
