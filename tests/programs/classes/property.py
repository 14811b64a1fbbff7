# @property with a setter that validates.
class Account:
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
acct = Account()
acct.balance = 50
print(acct.balance)  # expect: 50
try:
    acct.balance = -1
except ValueError as e:
    print(e)  # expect: negative balance
print(acct.balance)  # expect: 50
