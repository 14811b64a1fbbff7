# create_task schedules the first step; no part of the body runs until the creator yields.
import asyncio

async def child():
    print("child body")

async def main():
    t = asyncio.create_task(child())
    print("created; done =", t.done())
    print("still main")
    await asyncio.sleep(0)
    print("after one iteration; done =", t.done())

asyncio.run(main())
# expect: created; done = False
# expect: still main
# expect: child body
# expect: after one iteration; done = True
