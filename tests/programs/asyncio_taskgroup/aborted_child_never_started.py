# A child created in the same step as a failure, but aborted before its first step, never runs.
import asyncio

async def fail_now():
    raise ValueError("immediate")

async def late():
    print("late child body")

async def spawner(tg):
    tg.create_task(fail_now())
    await asyncio.sleep(0)
    tg.create_task(late())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(spawner(tg))
    except* ValueError as eg:
        print([str(e) for e in eg.exceptions])

asyncio.run(main())
# expect: ['immediate']
