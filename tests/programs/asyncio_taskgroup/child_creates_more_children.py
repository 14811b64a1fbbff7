# Children added by other children while the group is running are also awaited.
import asyncio

async def leaf(tg_name):
    await asyncio.sleep(0.2)
    print("leaf done", tg_name)

async def spawner(tg):
    await asyncio.sleep(0.1)
    tg.create_task(leaf("late"))
    print("spawned")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg))
    print("group exited")

asyncio.run(main())
# expect: spawned
# expect: leaf done late
# expect: group exited
