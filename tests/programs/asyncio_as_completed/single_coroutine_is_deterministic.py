# as_completed over one bare coroutine wraps it in a task; with one element the order is fixed.
import asyncio

async def job():
    print("job runs in", asyncio.current_task().get_name())
    return "result"

async def main():
    for aw in asyncio.as_completed([job()]):
        print(await aw)

asyncio.run(main())
# expect: job runs in Task-2
# expect: result
