# Identifiers may be Chinese.
名字 = "小明"
年龄 = 12
def 问候(人):
    return f"你好，{人}！"
print(问候(名字), 年龄 + 1)  # expect: 你好，小明！ 13
class 学生:
    def __init__(self, 姓名):
        self.姓名 = 姓名
print(学生("小红").姓名)  # expect: 小红
