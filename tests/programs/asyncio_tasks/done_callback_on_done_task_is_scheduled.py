# add_done_callback on a task that is already done is not called synchronously:
# it is scheduled with call_soon.
import asyncio

async def quick():
    return 1

async def main():
    t = asyncio.create_task(quick())
    await t
    t.add_done_callback(lambda task: print("callback ran"))
    print("after add_done_callback")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
# expect: after add_done_callback
# expect: callback ran
# expect: after sleep(0)
