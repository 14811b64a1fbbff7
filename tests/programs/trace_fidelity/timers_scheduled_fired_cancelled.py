# The trace names every timer: scheduled (sleep, call_later, wait_for's timeout), fired when
# due, or cancelled before it was due (the call_later handle, wait_for's unused timeout).
import asyncio

def tick(name):
    print("tick", name)

async def quick():
    await asyncio.sleep(0.2)
    return "quick"

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, tick, "fires")
    never = loop.call_later(2, tick, "cancelled")
    print(await asyncio.wait_for(quick(), timeout=1))
    never.cancel()
    await asyncio.sleep(1)
    print("done at", loop.time() >= 1.2)

asyncio.run(main())
# expect: quick
# expect: tick fires
# expect: done at True
