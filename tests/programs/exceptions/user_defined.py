# User-defined exception classes with extra data.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.key)  # expect: NotFound no such key: k1 k1
    print(e.args)  # expect: ('no such key: k1',)
