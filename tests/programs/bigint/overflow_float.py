# Converting a huge int to float overflows.
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: int too large to convert to float
print(10 ** 400 // 10 ** 399)  # expect: 10
