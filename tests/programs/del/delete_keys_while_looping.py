# Deleting from a dict while looping over a copy of its keys.
stock = {"apples": 0, "pears": 3, "plums": 0, "figs": 1}
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)  # expect: {'pears': 3, 'figs': 1}
