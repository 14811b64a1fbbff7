# Event.wait() suspends until set(); is_set() reports the flag.
import asyncio

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    asyncio.get_running_loop().call_later(0.1, ev.set)
    print(await ev.wait(), ev.is_set())

asyncio.run(main())
# expect: False
# expect: True True
