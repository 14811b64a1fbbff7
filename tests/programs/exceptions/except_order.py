# The first matching except clause wins; a tuple catches several types.
def risky(kind):
    if kind == 1:
        raise KeyError("k")
    if kind == 2:
        raise ValueError("v")
    return "fine"
for kind in range(3):
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", repr(e))
# expect: fine
# expect: lookup KeyError('k')
# expect: other ValueError('v')
