# Forgetting self gives a TypeError on call.
class Broken:
    def method():
        return 1
try:
    Broken().method()
except TypeError as e:
    print(e)  # expect: Broken.method() takes 0 positional arguments but 1 was given
