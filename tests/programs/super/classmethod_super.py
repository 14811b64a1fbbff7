# super() inside a classmethod.
class Base:
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
class Derived(Base):
    @classmethod
    def create(cls):
        return super().create() + " via Derived"
print(Derived.create())  # expect: create Derived via Derived
