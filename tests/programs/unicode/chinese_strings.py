# Length, indexing and slicing count code points, not bytes.
s = "你好，世界"
print(len(s), s[0], s[-2:])  # expect: 5 你 世界
print(s[::-1])  # expect: 界世，好你
print(len(s.encode("utf-8")))  # expect: 15
print("世界" in s, s.find("世"))  # expect: True 3
print(s.replace("世界", "Python"))  # expect: 你好，Python
