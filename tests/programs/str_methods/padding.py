# center, ljust, rjust, zfill.
print("[" + "ab".center(6) + "]")  # expect: [  ab  ]
print("[" + "abc".center(6, "*") + "]")  # expect: [*abc**]
print("[" + "ab".ljust(5, ".") + "]")  # expect: [ab...]
print("[" + "ab".rjust(5) + "]")  # expect: [   ab]
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3))  # expect: 00042 -0042 +07
print("toolong".center(3))  # expect: toolong
