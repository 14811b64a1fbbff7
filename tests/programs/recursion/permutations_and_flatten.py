# Recursive generation and traversal.
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for rest in perms(xs[:i] + xs[i + 1:]):
            out.append(xs[i:i + 1] + rest)
    return out
print(["".join(p) for p in perms(list("abc"))])  # expect: ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))  # expect: [1, 2, 3, 4, 5]
