# asyncio.run wraps main in a task named Task-1.
import asyncio

async def main():
    t = asyncio.current_task()
    print(t.get_name(), t.done())

asyncio.run(main())
# expect: Task-1 False
