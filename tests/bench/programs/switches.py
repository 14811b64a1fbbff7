# Task switches per second: two tasks hand the event loop to each other with sleep(0).
import asyncio

SWITCHES = 20000


async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker(SWITCHES // 2), worker(SWITCHES // 2))
    print("done")


asyncio.run(main())
