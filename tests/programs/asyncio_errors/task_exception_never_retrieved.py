# A task whose exception nobody retrieves is logged when the task is garbage-collected.
import asyncio

async def boom():
    raise ValueError("bad orphan")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
# expect: main done
# expect stderr: Task exception was never retrieved
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "prog.py", line 5, in boom
# expect stderr: ValueError: bad orphan
