# get() on an empty queue waits until an item arrives.
import asyncio

async def consumer(q):
    print("consumer waits")
    item = await q.get()
    print("consumer got", item)

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.1)
    print("putting")
    q.put_nowait("parcel")
    await t

asyncio.run(main())
# expect: consumer waits
# expect: putting
# expect: consumer got parcel
