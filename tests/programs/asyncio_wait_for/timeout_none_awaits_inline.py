# wait_for(coro, None) just awaits the coroutine in the caller's task: no new task.
import asyncio

async def whoami():
    await asyncio.sleep(0.1)
    return asyncio.current_task().get_name()

async def main():
    print(await asyncio.wait_for(whoami(), None))
    print(await asyncio.wait_for(whoami(), 1))

asyncio.run(main())
# expect: Task-1
# expect: Task-2
