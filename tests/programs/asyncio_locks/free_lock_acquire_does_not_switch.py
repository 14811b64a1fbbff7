# Acquiring a free lock with no waiters does not yield to other tasks.
import asyncio

async def other():
    print("other runs")

async def main():
    lock = asyncio.Lock()
    asyncio.create_task(other())
    async with lock:
        print("inside without switching")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
# expect: inside without switching
# expect: other runs
# expect: after sleep(0)
