# Sign-aware padding, nested widths and attribute/index fields in str.format.
print("{:=+8}|".format(42))  # expect: +     42|
print("{:0=8}".format(-42))  # expect: -0000042
print("{:>{w}}|".format("x", w=5))  # expect:     x|
print("{:.{p}f}".format(3.14159, p=3))  # expect: 3.142
print("{0:{1}}|".format("ab", 4))  # expect: ab  |
