# pass and ... as placeholders.
def todo():
    ...
class Empty:
    pass
if True:
    pass
print(todo(), Ellipsis, ...)  # expect: None Ellipsis Ellipsis
