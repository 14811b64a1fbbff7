# A nested TaskGroup's failure surfaces as a nested ExceptionGroup in the outer one.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("deep")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(eg)
        inner = eg.exceptions[0]
        print(type(inner).__name__, inner)
        print(repr(inner.exceptions[0]))

asyncio.run(main())
# expect: unhandled errors in a TaskGroup (1 sub-exception)
# expect: ExceptionGroup unhandled errors in a TaskGroup (1 sub-exception)
# expect: ValueError('deep')
