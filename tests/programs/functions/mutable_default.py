# A mutable default is created once and shared between calls.
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1))  # expect: [1]
print(add(2))  # expect: [1, 2]
def add_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_safe(1), add_safe(2))  # expect: [1] [2]
