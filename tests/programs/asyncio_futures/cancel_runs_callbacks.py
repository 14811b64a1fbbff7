# cancel() schedules the done callbacks just like set_result.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(lambda fut: print("callback: cancelled =", fut.cancelled()))
    f.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
# expect: callback: cancelled = True
