# Each asyncio.run creates a new loop and closes it. Task numbering continues, and the
# shutdown itself uses two numbers: run_until_complete(loop.shutdown_asyncgens()) and
# run_until_complete(loop.shutdown_default_executor()) each wrap a coroutine in a task,
# so the second main is Task-4.
import asyncio

async def main():
    return asyncio.get_running_loop(), asyncio.current_task().get_name()

loop1, name1 = asyncio.run(main())
loop2, name2 = asyncio.run(main())
print(loop1 is loop2, loop1.is_closed(), loop2.is_closed())
print(name1, name2)
# expect: False True True
# expect: Task-1 Task-4
