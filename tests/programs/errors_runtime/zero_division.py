# Integer division by zero.
def divide(a, b):
    return a / b  # expect runtime error: ZeroDivisionError: division by zero
print(divide(6, 3))  # expect: 2.0
print(divide(1, 0))
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "prog.py", line 5, in <module>
# expect stderr:   File "prog.py", line 3, in divide
