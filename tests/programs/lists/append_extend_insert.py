# Growing a list.
xs = [1, 2]
xs.append(3)
xs.extend([4, 5])
xs.insert(0, 0)
xs.insert(100, 6)
print(xs)  # expect: [0, 1, 2, 3, 4, 5, 6]
xs += (7,)
print(len(xs), xs[-1])  # expect: 8 7
