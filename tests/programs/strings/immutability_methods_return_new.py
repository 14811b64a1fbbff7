# String methods return new strings; the original is unchanged.
s = "hello"
t = s.upper()
s.replace("h", "J")
print(s, t)  # expect: hello HELLO
s += " world"
print(s)  # expect: hello world
print("ab" * -1 == "")  # expect: True
