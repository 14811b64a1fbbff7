# Acquiring a semaphore with a free slot does not yield.
import asyncio

async def other():
    print("other runs")

async def main():
    sem = asyncio.Semaphore(1)
    asyncio.create_task(other())
    async with sem:
        print("acquired without switching")
    await asyncio.sleep(0)

asyncio.run(main())
# expect: acquired without switching
# expect: other runs
