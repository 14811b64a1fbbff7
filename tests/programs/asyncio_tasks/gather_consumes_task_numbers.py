# gather wraps each coroutine in a new task, which uses up a Task-N number.
import asyncio

async def noop():
    return asyncio.current_task().get_name()

async def main():
    print(await asyncio.gather(noop(), noop()))
    t = asyncio.create_task(noop())
    print(t.get_name())
    await t

asyncio.run(main())
# expect: ['Task-2', 'Task-3']
# expect: Task-4
