# Alignment and width specs.
x = "hi"
print(f"[{x:>10}]")  # expect: [        hi]
print(f"[{x:<6}]")  # expect: [hi    ]
print(f"[{x:^6}]")  # expect: [  hi  ]
print(f"[{x:*^7}]")  # expect: [**hi***]
print(f"[{42:5}]")  # expect: [   42]
print(f"[{'s':5}]")  # expect: [s    ]
