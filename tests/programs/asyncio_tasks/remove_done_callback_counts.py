# remove_done_callback removes every registration of that callback and returns the count.
import asyncio

def cb(task):
    print("cb called")

def other(task):
    print("other called")

async def main():
    t = asyncio.create_task(asyncio.sleep(0.1))
    t.add_done_callback(cb)
    t.add_done_callback(other)
    t.add_done_callback(cb)
    print(t.remove_done_callback(cb))
    print(t.remove_done_callback(cb))
    await t
    await asyncio.sleep(0)

asyncio.run(main())
# expect: 2
# expect: 0
# expect: other called
