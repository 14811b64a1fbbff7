# Iterating over dicts yields keys; sorted order for stable output.
d = {"b": 2, "a": 1}
for k in d:
    print(k, d[k])
# expect: b 2
# expect: a 1
for k in sorted(d):
    print(k)
# expect: a
# expect: b
