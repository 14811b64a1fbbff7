# cancel() returns True every time while the task is not done; two requests before the task
# resumes deliver a single CancelledError; once done, cancel() returns False.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("one CancelledError")
        await asyncio.sleep(0.1)
        print("slow cleanup done")
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel())
    print(t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancel(), t.cancelling())

asyncio.run(main())
# expect: True
# expect: True
# expect: one CancelledError
# expect: slow cleanup done
# expect: False 2
