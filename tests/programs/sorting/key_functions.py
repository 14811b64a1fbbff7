# Sorting with key functions.
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))  # expect: ['Apple', 'banana', 'cherry', 'date']
print(sorted(words, key=str.lower))  # expect: ['Apple', 'banana', 'cherry', 'date']
print(sorted(words, key=len))  # expect: ['date', 'Apple', 'banana', 'cherry']
print(sorted(words, key=lambda w: w[-1]))  # expect: ['banana', 'Apple', 'date', 'cherry']
print(sorted([-3, 2, -1], key=abs))  # expect: [-1, 2, -3]
