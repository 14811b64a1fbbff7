# Long strings built by repetition and join.
s = "ab" * 500_000
print(len(s), s[-3:], s.count("ab"))  # expect: 1000000 bab 500000
t = "".join(str(i % 10) for i in range(10_000))
print(len(t), t[:12])  # expect: 10000 012345678901
