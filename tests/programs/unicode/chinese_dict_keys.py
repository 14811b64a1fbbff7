# Chinese strings as dict keys keep insertion order.
价格 = {"苹果": 5, "香蕉": 3}
价格["橙子"] = 4
for 水果, 元 in 价格.items():
    print(f"{水果}: {元}元")
# expect: 苹果: 5元
# expect: 香蕉: 3元
# expect: 橙子: 4元
print(sum(价格.values()))  # expect: 12
