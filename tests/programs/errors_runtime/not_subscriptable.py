# Subscripting None.
value = None
value[0]  # expect runtime error: TypeError: 'NoneType' object is not subscriptable
