# String methods on Chinese text.
s = "苹果,香蕉,橙子"
print(s.split(","))  # expect: ['苹果', '香蕉', '橙子']
print("、".join(s.split(",")))  # expect: 苹果、香蕉、橙子
print("中文".isalpha(), "中文".upper(), "一二三".isnumeric(), "一二三".isdigit())  # expect: True 中文 True False
print(int("３２"), "３".isdigit())  # expect: 32 True
print(sorted(["香蕉", "苹果", "橙子"]))  # expect: ['橙子', '苹果', '香蕉']
