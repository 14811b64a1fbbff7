# Tasks sleeping for the same delay, started in the same iteration, wake in start order.
import asyncio

async def nap(name):
    await asyncio.sleep(0.1)
    print(name, "woke")

async def main():
    await asyncio.gather(nap("a"), nap("b"), nap("c"))

asyncio.run(main())
# expect: a woke
# expect: b woke
# expect: c woke
