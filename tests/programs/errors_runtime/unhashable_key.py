# Using a list as a dict key.
d = {}
d[[1, 2]] = "x"  # expect runtime error: TypeError: unhashable type: 'list'
