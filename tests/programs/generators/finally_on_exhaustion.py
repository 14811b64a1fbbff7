# A generator with try/finally: finally runs when exhausted.
def g():
    try:
        yield 1
    finally:
        print("finally ran")
for x in g():
    print("got", x)
# expect: got 1
# expect: finally ran
print("after")  # expect: after
