# Concatenation, repetition, membership.
s = "ab" + "cd"
print(s)  # expect: abcd
print("-" * 5)  # expect: -----
print(3 * "xy")  # expect: xyxyxy
print("bc" in s, "x" not in s)  # expect: True True
print("" in "abc")  # expect: True
print("ab" * 0 == "")  # expect: True
