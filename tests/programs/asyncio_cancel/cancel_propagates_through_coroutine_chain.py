# The CancelledError is thrown in at the innermost await of a coroutine chain;
# finally blocks unwind from the inside out.
import asyncio

async def level3():
    try:
        await asyncio.sleep(10)
    finally:
        print("level3 finally")

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        await level2()
    finally:
        print("level1 finally")

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())

asyncio.run(main())
# expect: level3 finally
# expect: level2 finally
# expect: level1 finally
# expect: True
