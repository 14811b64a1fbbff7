# An exception raised in a task is re-raised in whoever awaits it.
import asyncio

async def boom():
    await asyncio.sleep(0)
    raise RuntimeError("task failed")

async def main():
    t = asyncio.create_task(boom())
    try:
        await t
    except RuntimeError as e:
        print("awaiter caught:", e)
    print(t.done(), repr(t.exception()))

asyncio.run(main())
# expect: awaiter caught: task failed
# expect: True RuntimeError('task failed')
