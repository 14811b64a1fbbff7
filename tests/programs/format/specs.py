# str.format and format() with specs.
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))  # expect:      a|b     |  c   |
print("{:.3f}".format(2 / 3))  # expect: 0.667
print("{:,}".format(10 ** 7))  # expect: 10,000,000
print("{0:x} {0:#o}".format(64))  # expect: 40 0o100
print(format(3.5, "06.2f"))  # expect: 003.50
print(format(42))  # expect: 42
print("{!r}".format("q"))  # expect: 'q'
