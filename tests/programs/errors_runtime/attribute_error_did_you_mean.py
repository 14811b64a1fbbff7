# Uncaught, a near-miss attribute gets a suggestion.
names = ["b", "a"]
names.apend("c")  # expect runtime error: AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?
