# exec of a string is not available.
exec('import os')  # expect runtime error: NameError: name 'exec' is not defined (Loopscope runs programs in a sandbox: only the program's own code runs, never code built from strings; import modules with an import statement)
