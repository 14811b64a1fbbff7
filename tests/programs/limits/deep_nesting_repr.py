# A deeply nested list prints fine.
x = []
for _ in range(50):
    x = [x]
s = repr(x)
print(len(s), s[:5], s[-5:])  # expect: 102 [[[[[ ]]]]]
