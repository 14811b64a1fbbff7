# Truthiness uses __bool__, else __len__.
class Always:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 2
print(bool(Always()), bool(Sized()), bool(object()))  # expect: False True True
print("yes" if Sized() else "no")  # expect: yes
