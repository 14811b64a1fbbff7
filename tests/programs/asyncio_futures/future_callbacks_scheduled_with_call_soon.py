# set_result does not call the callbacks directly: they are scheduled, in order, with call_soon.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("cb1", fut.result()))
    f.add_done_callback(lambda fut: print("cb2", fut.result()))
    f.set_result("r")
    print("after set_result")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
# expect: after set_result
# expect: cb1 r
# expect: cb2 r
# expect: after sleep(0)
