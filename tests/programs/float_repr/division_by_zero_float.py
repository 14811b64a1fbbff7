# Float division by zero raises too.
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)  # expect: float division by zero
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)  # expect: integer modulo by zero
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)  # expect: integer division or modulo by zero
