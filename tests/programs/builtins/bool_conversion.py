# bool() of values.
print(bool(0), bool(1), bool(-0.0), bool("False"), bool([]), bool(None))  # expect: False True False True False False
print(bool(), int(), float(), str() == "")  # expect: False 0 0.0 True
