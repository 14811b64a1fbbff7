# printf-style formatting.
print("%s is %d years" % ("Al", 30))  # expect: Al is 30 years
print("%5.2f|" % 3.14159)  # expect:  3.14|
print("%-5d|%05d" % (42, 42))  # expect: 42   |00042
print("%x %X %o" % (255, 255, 8))  # expect: ff FF 10
print("%r %s" % ("a", "a"))  # expect: 'a' a
print("100%%")  # expect: 100%%
print("%d%%" % 50)  # expect: 50%
