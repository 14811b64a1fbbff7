# Mixing tabs and spaces inconsistently.
def f():
        x = 1
	return x  # expect error: TabError: inconsistent use of tabs and spaces in indentation
