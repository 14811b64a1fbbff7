# If the awaited future is already done but the task has not resumed yet, cancel() still
# wins: the task gets CancelledError and the result is lost.
import asyncio

async def worker(fut):
    try:
        v = await fut
        print("got", v)
    except asyncio.CancelledError:
        print("cancelled instead of getting the result")
        raise

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(worker(fut))
    await asyncio.sleep(0)
    fut.set_result("value")
    print("cancel ->", t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
# expect: cancel -> True
# expect: cancelled instead of getting the result
# expect: True
