# An exception in the thread function is raised in the awaiting task.
import asyncio

def fails():
    raise OSError("thread failed")

async def main():
    try:
        await asyncio.to_thread(fails)
    except OSError as e:
        print("caught", e)

asyncio.run(main())
# expect: caught thread failed
