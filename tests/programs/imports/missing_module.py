# Importing a module that doesn't exist.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)  # expect: No module named 'no_such_module_here'
    print(isinstance(e, ImportError))  # expect: True
