# An awaited coroutine runs in the caller's task.
import asyncio

async def inner():
    return asyncio.current_task().get_name()

async def main():
    asyncio.current_task().set_name("outer")
    print(await inner())

asyncio.run(main())
# expect: outer
