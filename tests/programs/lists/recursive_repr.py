# A list that contains itself prints [...].
xs = [1]
xs.append(xs)
print(xs)  # expect: [1, [...]]
