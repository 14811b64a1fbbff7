# KeyError shows the key's repr.
d = {1: "one"}
d[2]  # expect runtime error: KeyError: 2
