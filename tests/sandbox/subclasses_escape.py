# The classic escape through object.__subclasses__() finds no door.
print(().__class__.__base__.__subclasses__())  # expect runtime error: AttributeError: type object 'object' has no attribute '__subclasses__'
