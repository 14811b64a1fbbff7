# and/or return one of their operands.
print(0 or "default")  # expect: default
print(3 and 4)  # expect: 4
print("" and 1)  # expect:
print(None or 0 or [])  # expect: []
print(1 or undefined_name)  # expect: 1
