# 100 tasks x 10,000 `await asyncio.sleep(0)`: one million task switches.
import asyncio

async def spinner(n):
    for _ in range(n):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(spinner(10_000) for _ in range(100)))
    print("done")

asyncio.run(main())
