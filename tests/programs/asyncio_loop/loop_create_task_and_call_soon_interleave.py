# A task's first step is an ordinary ready-queue entry: it runs in FIFO order with call_soon callbacks.
import asyncio

async def body():
    print("task step 1")
    await asyncio.sleep(0)
    print("task step 2")

loop = asyncio.new_event_loop()
loop.call_soon(print, "callback before")
task = loop.create_task(body())
loop.call_soon(print, "callback after")
loop.run_until_complete(task)
loop.close()
# expect: callback before
# expect: task step 1
# expect: callback after
# expect: task step 2
