# Children failing in the same iteration are all collected, in the order they finished.
import asyncio

async def fail(msg):
    await asyncio.sleep(0.1)
    raise RuntimeError(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for m in ["one", "two", "three"]:
                tg.create_task(fail(m))
    except ExceptionGroup as eg:
        print(eg)
        print([str(e) for e in eg.exceptions])

asyncio.run(main())
# expect: unhandled errors in a TaskGroup (3 sub-exceptions)
# expect: ['one', 'two', 'three']
