# Output printed before an error stays; nothing after it runs.
for i in range(3):
    print("line", i)
# expect: line 0
# expect: line 1
# expect: line 2
raise KeyError("late")  # expect runtime error: KeyError: 'late'
print("never")
