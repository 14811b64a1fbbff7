# A common pattern: wait_for(event.wait(), timeout).
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print("event not set in time")
    asyncio.get_running_loop().call_later(0.1, ev.set)
    print(await asyncio.wait_for(ev.wait(), 1))

asyncio.run(main())
# expect: event not set in time
# expect: True
