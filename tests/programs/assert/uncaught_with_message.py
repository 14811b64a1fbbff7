# An uncaught assertion shows its message.
def check_age(age):
    assert age >= 0, f"age must be non-negative, got {age}"
    return age
print(check_age(3))  # expect: 3
check_age(-5)  # expect runtime error: AssertionError: age must be non-negative, got -5
# expect stderr:   File "prog.py", line 3, in check_age
