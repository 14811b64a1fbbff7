# str() of various values.
print(str(42) + str(3.5) + str(True) + str(None))  # expect: 423.5TrueNone
print(str([1, "a"]))  # expect: [1, 'a']
print(str("x"), repr("x"))  # expect: x 'x'
print(str(b"hi"))  # expect: b'hi'
print(str())  # expect:
