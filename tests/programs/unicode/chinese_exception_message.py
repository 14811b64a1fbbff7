# Exception messages can be Chinese; uncaught ones print them as-is.
class 余额不足(Exception):
    pass
try:
    raise 余额不足("余额不足，还差10元")
except 余额不足 as e:
    print(type(e).__name__, e)  # expect: 余额不足 余额不足，还差10元
raise ValueError("输入无效")  # expect runtime error: ValueError: 输入无效
