# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [1, 5, 2, 8]
big = [y for x in data if (y := x * 10) > 20]
print(big, y)  # expect: [50, 80] 80
if (n := len(data)) > 3:
    print("long", n)  # expect: long 4
