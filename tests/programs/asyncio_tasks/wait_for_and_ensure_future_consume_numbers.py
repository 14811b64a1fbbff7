# wait_for (with a timeout) and ensure_future wrap a coroutine in a new task (3.11).
import asyncio

async def whoami():
    return asyncio.current_task().get_name()

async def main():
    print(await asyncio.wait_for(whoami(), 1))
    f = asyncio.ensure_future(whoami())
    print(await f)
    print(await asyncio.create_task(whoami()))
    print(await whoami())

asyncio.run(main())
# expect: Task-2
# expect: Task-3
# expect: Task-4
# expect: Task-1
