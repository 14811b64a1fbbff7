# iter() and next() with a default.
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))  # expect: 10 20 done
print(callable(len), callable("s"))  # expect: True False
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))  # expect: StopIteration StopIteration()
