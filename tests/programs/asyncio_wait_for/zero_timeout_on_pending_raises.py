# timeout <= 0: a coroutine is wrapped in a task that never gets to run; TimeoutError.
import asyncio

async def job():
    print("never runs")
    return 1

async def main():
    try:
        await asyncio.wait_for(job(), 0)
    except TimeoutError:
        print("TimeoutError at once")

asyncio.run(main())
# expect: TimeoutError at once
