# Using an undefined name.
print("start")  # expect: start
total = 5
print(undefined_var)  # expect runtime error: NameError: name 'undefined_var' is not defined
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "prog.py", line 4, in <module>
