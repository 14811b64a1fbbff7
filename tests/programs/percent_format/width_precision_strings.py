# Widths, star widths and precision applied to strings.
print("%5s|%-5s|" % ("ab", "cd"))  # expect:    ab|cd   |
print("%*d|" % (5, 42))  # expect:    42|
print("%.3s" % "abcdef")  # expect: abc
print("%05.1f" % 2.25)  # expect: 002.2
print("%i %u" % (3, 4))  # expect: 3 4
