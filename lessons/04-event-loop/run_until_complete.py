# A loop made by hand: create it, give it tasks, run it until a future is done, close it.
import asyncio


async def double(x):
    print("double", x, "starts")
    await asyncio.sleep(x)
    print("double", x, "ends")
    return x * 2


loop = asyncio.new_event_loop()
task1 = loop.create_task(double(2))
task2 = loop.create_task(double(1))
print("two tasks created; nothing has run yet")
loop.run_until_complete(asyncio.wait([task1, task2]))
print("task1 result:", task1.result())
print("task2 result:", task2.result())
loop.close()
