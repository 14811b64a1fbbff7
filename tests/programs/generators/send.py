# send() passes a value into the paused yield.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
g = averager()
print(next(g))  # expect: None
print(g.send(10))  # expect: 10.0
print(g.send(20))  # expect: 15.0
print(g.send(0))  # expect: 10.0
