# Event.set() wakes every waiter, in the order they started waiting.
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ["x", "y", "z"]]
    await asyncio.sleep(0.1)
    print("setting")
    ev.set()
    await asyncio.gather(*tasks)

asyncio.run(main())
# expect: x waiting
# expect: y waiting
# expect: z waiting
# expect: setting
# expect: x woke
# expect: y woke
# expect: z woke
