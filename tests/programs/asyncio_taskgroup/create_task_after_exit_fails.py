# A finished TaskGroup refuses new tasks.
import asyncio

async def noop():
    pass

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(noop())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("is finished"))
    c.close()

asyncio.run(main())
# expect: RuntimeError: True
