# run_until_complete wraps a coroutine in a task and returns its result.
import asyncio

async def compute(x):
    await asyncio.sleep(0.1)
    return x * 10

loop = asyncio.new_event_loop()
print(loop.run_until_complete(compute(4)))
print(loop.run_until_complete(compute(5)))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
# expect: 40
# expect: 50
# expect: False False
# expect: True
