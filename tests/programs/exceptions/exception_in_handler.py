# An exception raised while handling another shows both (implicit chaining).
try:
    {}["a"]
except KeyError:
    print("handling")  # expect: handling
    raise ValueError("while handling")  # expect runtime error: ValueError: while handling
# expect stderr: KeyError: 'a'
# expect stderr: During handling of the above exception, another exception occurred:
