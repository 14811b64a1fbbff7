# A coroutine can be driven by hand: send(None) runs it to the first yield; StopIteration
# carries the return value.
import types

@types.coroutine
def pause():
    yield "paused"

async def job():
    print("job start")
    await pause()
    print("job end")
    return 99

c = job()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
# expect: job start
# expect: paused
# expect: job end
# expect: returned 99
