# compile() is not available.
compile('import os', 'x', 'exec')  # expect runtime error: NameError: name 'compile' is not defined (Loopscope runs programs in a sandbox: only the program's own code runs, never code built from strings; import modules with an import statement)
