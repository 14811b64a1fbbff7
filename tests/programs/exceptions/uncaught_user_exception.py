# An uncaught user exception ends the program with a traceback.
class InsufficientFunds(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount
print(withdraw(10, 3))  # expect: 7
withdraw(10, 30)  # expect runtime error: InsufficientFunds: need 20 more
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "prog.py", line 9, in <module>
# expect stderr:   File "prog.py", line 6, in withdraw
