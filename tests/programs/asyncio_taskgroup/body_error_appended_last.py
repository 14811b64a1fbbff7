# An error raised by the body itself cancels the children and is reported in the group.
import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    finally:
        print("child finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            raise ZeroDivisionError("body failed")
    except ExceptionGroup as eg:
        print(eg, [repr(e) for e in eg.exceptions])

asyncio.run(main())
# expect: child finally
# expect: unhandled errors in a TaskGroup (1 sub-exception) ["ZeroDivisionError('body failed')"]
