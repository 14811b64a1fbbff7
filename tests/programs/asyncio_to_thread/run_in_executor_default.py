# loop.run_in_executor(None, f, *args) returns an awaitable future with f's result.
import asyncio

def add(a, b):
    return a + b

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, add, 2, 3)
    print(asyncio.isfuture(fut))
    print(await fut)

asyncio.run(main())
# expect: True
# expect: 5
