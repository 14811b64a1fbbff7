# Sorting is stable: equal keys keep their original order.
records = [("bob", 2), ("amy", 1), ("cal", 2), ("dan", 1)]
print(sorted(records, key=lambda r: r[1]))  # expect: [('amy', 1), ('dan', 1), ('bob', 2), ('cal', 2)]
print(sorted(records, key=lambda r: r[1], reverse=True))  # expect: [('bob', 2), ('cal', 2), ('amy', 1), ('dan', 1)]
