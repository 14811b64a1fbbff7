# Default argument values.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))  # expect: Hello, Ann!
print(greet("Ann", "Hi"))  # expect: Hi, Ann!
print(greet("Ann", punct="?"))  # expect: Hello, Ann?
print(greet(greeting="Yo", name="Bob"))  # expect: Yo, Bob!
