# list.sort returns None and sorts in place.
xs = [5, 2, 9, 1]
result = xs.sort()
print(result, xs)  # expect: None [1, 2, 5, 9]
xs.sort(reverse=True)
print(xs)  # expect: [9, 5, 2, 1]
words = ["pear", "Fig", "apple"]
words.sort(key=str.lower)
print(words)  # expect: ['apple', 'Fig', 'pear']
