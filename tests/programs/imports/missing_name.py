# Importing a name a module doesn't have raises ImportError.
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, e.name)  # expect: ImportError math
