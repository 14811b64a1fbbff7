# __enter__ and __exit__ bracket the body.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")
        return False
with Tag("a") as t:
    print("body of", t.name)
# expect: <a>
# expect: body of a
# expect: </a>
