# With tasks (not bare coroutines) the start order is the creation order.
import asyncio

async def job(name, d):
    print("start", name)
    await asyncio.sleep(d)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.2), ("b", 0.1), ("c", 0.3)]]
    for aw in asyncio.as_completed(tasks):
        print("got", await aw)

asyncio.run(main())
# expect: start a
# expect: start b
# expect: start c
# expect: got b
# expect: got a
# expect: got c
