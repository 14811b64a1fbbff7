# eval of a string is not available.
eval('__import__("os")')  # expect runtime error: NameError: name 'eval' is not defined (Loopscope runs programs in a sandbox: only the program's own code runs, never code built from strings; import modules with an import statement)
