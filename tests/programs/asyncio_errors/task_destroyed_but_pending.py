# A pending task that becomes garbage (waiting on a future nobody else holds) is logged
# as "Task was destroyed but it is pending!".
import asyncio
import gc

async def stuck():
    await asyncio.get_running_loop().create_future()

async def main():
    asyncio.create_task(stuck())
    await asyncio.sleep(0)
    gc.collect()
    print("collected")

asyncio.run(main())
# expect: collected
# expect stderr: Task was destroyed but it is pending!
