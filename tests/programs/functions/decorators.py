# A decorator wraps a function; stacked decorators apply bottom-up.
def shout(fn):
    def wrapper(*args):
        return fn(*args).upper()
    return wrapper
def exclaim(fn):
    def wrapper(*args):
        return fn(*args) + "!"
    return wrapper
@exclaim
@shout
def hello(name):
    return "hello " + name
print(hello("amy"))  # expect: HELLO AMY!
