# What the program writes to stderr is a trace event at the instant and in the task that wrote
# it: here "Task exception was never retrieved" when main drops the failed task.
import asyncio

async def boom():
    print("boom starts")
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(1)
    print("main drops the task")
    del t
    await asyncio.sleep(1)
    print("main ends")

asyncio.run(main())
# expect: boom starts
# expect: main drops the task
# expect stderr: Task exception was never retrieved
# expect stderr: ValueError: boom
# expect: main ends
