# An if with its body not indented.
x = 5
if x > 1:
print("yes")  # expect error: IndentationError: expected an indented block after 'if' statement on line 3
