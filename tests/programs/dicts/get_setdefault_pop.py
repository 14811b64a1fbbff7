# get, setdefault, pop, popitem.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(d.setdefault("b", 2), d.setdefault("a", 99))  # expect: 2 1
print(d)  # expect: {'a': 1, 'b': 2}
print(d.pop("a"), d.pop("zz", "none"))  # expect: 1 none
d["c"] = 3
print(d.popitem())  # expect: ('c', 3)
print(d)  # expect: {'b': 2}
