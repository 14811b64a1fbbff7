# for-loop variables live on after the loop (unlike comprehensions).
for i in range(3):
    pass
print(i)  # expect: 2
if True:
    inside_if = 1
print(inside_if)  # expect: 1
