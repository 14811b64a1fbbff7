# sum with a start value, abs of ints and floats.
print(sum([1, 2, 3]), sum([], 10), sum(range(101)))  # expect: 6 10 5050
print(sum([0.1] * 10))  # expect: 0.9999999999999999
print(sum([[1], [2]], []))  # expect: [1, 2]
print(abs(-5), abs(3.5), abs(-0))  # expect: 5 3.5 0
print(round(-0.5), round(1.25, 1), round(1.35, 1))  # expect: 0 1.2 1.4
