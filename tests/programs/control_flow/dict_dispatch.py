# Dispatch with a dict of functions instead of a long if chain.
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub}
for expr in ["3 + 4", "10 - 7"]:
    a, op, b = expr.split()
    print(expr, "=", ops[op](int(a), int(b)))
# expect: 3 + 4 = 7
# expect: 10 - 7 = 3
