# Parameters before / are positional-only.
def div(a, b, /, round_to=None):
    q = a / b
    return q if round_to is None else round(q, round_to)
print(div(1, 3, 2))  # expect: 0.33
print(div(9, 3))  # expect: 3.0
try:
    div(a=1, b=2)
except TypeError as e:
    print(e)  # expect: div() got some positional-only arguments passed as keyword arguments: 'a, b'
def f(x, /, **kw):
    return x, kw
print(f(1, x=2))  # expect: (1, {'x': 2})
