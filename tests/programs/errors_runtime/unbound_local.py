# Assigning to a name anywhere in a function makes it local everywhere in it.
count = 0
def increment():
    count += 1  # expect runtime error: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
increment()
