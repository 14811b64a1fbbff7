# Sets drop duplicates; membership of strings is fine (we do not print string sets).
nums = [5, 3, 5, 1, 3]
print(sorted(set(nums)))  # expect: [1, 3, 5]
words = set("hello world".split() + ["hello"])
print(len(words), "world" in words)  # expect: 2 True
print(sorted({"b", "a", "c"}))  # expect: ['a', 'b', 'c']
