# __builtins__ is not reachable.
__builtins__.open('/etc/passwd')  # expect runtime error: NameError: name '__builtins__' is not defined (Loopscope runs programs in a sandbox: only the program's own code runs, never code built from strings; import modules with an import statement)
