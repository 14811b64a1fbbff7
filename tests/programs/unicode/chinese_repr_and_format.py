# repr keeps printable Chinese characters; widths count code points.
s = "中文"
print(repr(s), [s])  # expect: '中文' ['中文']
print(f"[{s:>4}]", f"[{s:*^6}]")  # expect: [  中文] [**中文**]
print(ascii(s))  # expect: '\u4e2d\u6587'
print("%s有%d个字" % (s, len(s)))  # expect: 中文有2个字
