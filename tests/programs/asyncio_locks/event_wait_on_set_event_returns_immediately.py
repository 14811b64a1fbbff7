# wait() on a set event returns True without yielding.
import asyncio

async def other():
    print("other runs")

async def main():
    ev = asyncio.Event()
    ev.set()
    asyncio.create_task(other())
    print(await ev.wait())
    print("no switch happened")
    await asyncio.sleep(0)

asyncio.run(main())
# expect: True
# expect: no switch happened
# expect: other runs
