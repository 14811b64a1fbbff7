# An inner handler that doesn't match lets the outer one handle it.
try:
    try:
        [].pop()
    except KeyError:
        print("inner")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer", e)
# expect: inner finally
# expect: outer pop from empty list
