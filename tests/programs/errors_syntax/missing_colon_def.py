# Forgetting the colon after def.
def greet(name)  # expect error: SyntaxError: expected ':'
    return "hi " + name
