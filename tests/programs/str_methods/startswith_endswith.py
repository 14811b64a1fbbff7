# startswith/endswith, including tuples of prefixes.
name = "report.txt"
print(name.startswith("rep"), name.endswith(".txt"))  # expect: True True
print(name.endswith((".csv", ".txt")))  # expect: True
print(name.startswith("port", 2))  # expect: True
print("".startswith(""))  # expect: True
