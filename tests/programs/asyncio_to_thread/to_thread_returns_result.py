# to_thread runs a blocking function in a worker thread and returns its result.
import asyncio
import time

def blocking(x):
    time.sleep(0.1)
    return x * 2

async def main():
    print(await asyncio.to_thread(blocking, 21))

asyncio.run(main())
# expect: 42
