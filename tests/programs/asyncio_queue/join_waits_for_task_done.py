# join() waits until task_done() has been called for every item put.
import asyncio

async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1)
        print("processed", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q))
    await q.join()
    print("all processed")
    w.cancel()

asyncio.run(main())
# expect: processed 0
# expect: processed 1
# expect: processed 2
# expect: all processed
