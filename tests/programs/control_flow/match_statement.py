# Structural pattern matching on literals, sequences and classes.
def describe(x):
    match x:
        case 0:
            return "zero"
        case [a, b]:
            return f"pair {a},{b}"
        case {"name": n}:
            return f"named {n}"
        case str() as s if len(s) > 3:
            return "long string"
        case _:
            return "other"
for v in [0, [1, 2], {"name": "q"}, "hello", "hi"]:
    print(describe(v))
# expect: zero
# expect: pair 1,2
# expect: named q
# expect: long string
# expect: other
