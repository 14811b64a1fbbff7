# try / except / else / finally when nothing is raised.
try:
    print("try")
except ValueError:
    print("except")
else:
    print("else")
finally:
    print("finally")
# expect: try
# expect: else
# expect: finally
