# finally runs on return; a return in finally overrides.
def f():
    try:
        return "from try"
    finally:
        print("finally runs")
print(f())
# expect: finally runs
# expect: from try
def g():
    try:
        return 1
    finally:
        return 2
print(g())  # expect: 2
