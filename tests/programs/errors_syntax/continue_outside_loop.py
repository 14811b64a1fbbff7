# continue outside any loop.
def f():
    continue  # expect error: SyntaxError: 'continue' not properly in loop
