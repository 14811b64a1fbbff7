# to_thread is a coroutine, not a task: it uses no Task-N number.
import asyncio

async def main():
    await asyncio.to_thread(sum, [1, 2, 3])
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t

asyncio.run(main())
# expect: Task-2
