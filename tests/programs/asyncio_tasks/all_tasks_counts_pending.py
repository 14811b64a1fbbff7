# all_tasks() returns the tasks that are not done, including the current one.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def main():
    print(len(asyncio.all_tasks()))
    a = asyncio.create_task(sleeper(0.1))
    b = asyncio.create_task(sleeper(0.2))
    print(len(asyncio.all_tasks()))
    await a
    print(len(asyncio.all_tasks()))
    await b
    print(len(asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
# expect: 1
# expect: 3
# expect: 2
# expect: 1
# expect: True
