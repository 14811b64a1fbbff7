# The body's finally runs (inline, in the same task) before TimeoutError reaches the caller.
import asyncio

async def work():
    try:
        await asyncio.sleep(1)
    finally:
        print("work finally")

async def main():
    try:
        async with asyncio.timeout(0.1):
            await work()
    except TimeoutError:
        print("caller: TimeoutError")

asyncio.run(main())
# expect: work finally
# expect: caller: TimeoutError
