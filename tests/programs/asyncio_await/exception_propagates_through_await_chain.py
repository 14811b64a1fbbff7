# An exception raised in an awaited coroutine propagates up the await chain.
import asyncio

async def deepest():
    await asyncio.sleep(0)
    raise ValueError("deep")

async def middle():
    try:
        await deepest()
    finally:
        print("middle finally")

async def main():
    try:
        await middle()
    except ValueError as e:
        print("main caught", e)

asyncio.run(main())
# expect: middle finally
# expect: main caught deep
