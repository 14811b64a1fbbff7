# clear() right after set() does not stop the woken waiters; they see is_set() False.
import asyncio

async def waiter(ev):
    r = await ev.wait()
    print("woke with", r, "is_set =", ev.is_set())

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t

asyncio.run(main())
# expect: woke with True is_set = False
