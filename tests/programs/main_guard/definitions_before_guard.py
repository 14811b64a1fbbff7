# Functions defined anywhere above the guard are usable inside it.
def helper(x):
    return x * 2
class Tool:
    def use(self):
        return helper(21)
if __name__ == "__main__":
    print(Tool().use())  # expect: 42
