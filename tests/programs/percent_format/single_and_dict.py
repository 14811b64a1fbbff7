# A single value, a dict of names, %c and %e.
print("value: %s" % [1, 2])  # expect: value: [1, 2]
print("%(name)s=%(val)d" % {"name": "x", "val": 7})  # expect: x=7
print("%c%c" % (72, "i"))  # expect: Hi
print("%.2e" % 12345.678)  # expect: 1.23e+04
print("%+d %+d" % (5, -5))  # expect: +5 -5
print("%s" % (1,))  # expect: 1
