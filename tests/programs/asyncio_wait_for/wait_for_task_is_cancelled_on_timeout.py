# Passing a task: on timeout the task itself is cancelled.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(10))
    try:
        await asyncio.wait_for(t, 0.1)
    except TimeoutError:
        print("timeout")
    print("task cancelled?", t.cancelled())

asyncio.run(main())
# expect: timeout
# expect: task cancelled? True
