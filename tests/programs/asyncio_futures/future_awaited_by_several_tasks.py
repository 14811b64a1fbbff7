# Tasks awaiting one future wake in the order they started waiting, all in the same iteration.
import asyncio

async def waiter(name, fut):
    print(name, "waits")
    v = await fut
    print(name, "got", v)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ["c", "a", "b"]]
    await asyncio.sleep(0)
    fut.set_result(42)
    await asyncio.gather(*tasks)

asyncio.run(main())
# expect: c waits
# expect: a waits
# expect: b waits
# expect: c got 42
# expect: a got 42
# expect: b got 42
