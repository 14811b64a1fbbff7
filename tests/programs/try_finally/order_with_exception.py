# try / except / else / finally when the try block raises.
try:
    print("try")
    int("x")
    print("not reached")
except ValueError:
    print("except")
else:
    print("else")
finally:
    print("finally")
# expect: try
# expect: except
# expect: finally
