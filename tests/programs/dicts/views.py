# keys/values/items are live views.
d = {"x": 1, "y": 2}
ks = d.keys()
vs = d.values()
its = d.items()
d["z"] = 3
print(ks)  # expect: dict_keys(['x', 'y', 'z'])
print(vs)  # expect: dict_values([1, 2, 3])
print(its)  # expect: dict_items([('x', 1), ('y', 2), ('z', 3)])
print(len(ks), "y" in ks, ("x", 1) in its)  # expect: 3 True True
for k, v in d.items():
    print(k, v)
# expect: x 1
# expect: y 2
# expect: z 3
