# Task names come from one counter: asyncio.run's main task is Task-1, then Task-2, ...
import asyncio

async def noop():
    pass

async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name())
    await t1
    await t2

asyncio.run(main())
# expect: Task-1
# expect: Task-2 Task-3
