# Missing attribute on a user object.
class User:
    def __init__(self):
        self.name = "x"
u = User()
print(u.name)  # expect: x
print(u.email)  # expect runtime error: AttributeError: 'User' object has no attribute 'email'
