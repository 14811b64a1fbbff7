# nonlocal at module level after an assignment: CPython 3.11 reports the assignment order first.
x = 1
nonlocal x  # expect error: SyntaxError: name 'x' is assigned to before nonlocal declaration
