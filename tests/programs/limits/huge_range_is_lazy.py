# range objects are lazy; huge ranges are fine if never materialised.
r = range(10 ** 18)
print(len(r), r[-1], 10 ** 17 in r)  # expect: 1000000000000000000 999999999999999999 True
print(r[10 ** 12:10 ** 12 + 3])  # expect: range(1000000000000, 1000000000003)
