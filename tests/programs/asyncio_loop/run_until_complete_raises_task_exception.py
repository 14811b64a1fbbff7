# An exception in the coroutine passed to run_until_complete propagates out of it.
import asyncio

async def broken():
    await asyncio.sleep(0)
    raise KeyError("missing")

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(broken())
except KeyError as e:
    print("caught", repr(e))
loop.close()
# expect: caught KeyError('missing')
