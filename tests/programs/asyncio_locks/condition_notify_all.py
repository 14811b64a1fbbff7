# notify_all wakes every waiter.
import asyncio

async def consumer(name, cond):
    async with cond:
        await cond.wait()
        print(name, "woke")

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(n, cond)) for n in "abc"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)

asyncio.run(main())
# expect: notified all
# expect: a woke
# expect: b woke
# expect: c woke
