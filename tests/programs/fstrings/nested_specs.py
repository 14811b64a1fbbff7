# Format specs can contain replacement fields.
width = 8
prec = 2
value = 3.14159
print(f"[{value:{width}.{prec}f}]")  # expect: [    3.14]
print(f"[{'x':{'>'}{width}}]")  # expect: [       x]
for w in range(1, 4):
    print(f"{w:0{w}d}")
# expect: 1
# expect: 02
# expect: 003
