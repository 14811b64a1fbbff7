# In the main thread with no loop set, get_event_loop() (3.11) creates a loop, sets it as
# current and keeps returning it.
import asyncio

loop = asyncio.get_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), loop.is_running(), loop.is_closed())
print(asyncio.get_event_loop() is loop)

async def f():
    return asyncio.get_running_loop() is loop

print(loop.run_until_complete(f()))
loop.close()
# expect: True False False
# expect: True
# expect: True
