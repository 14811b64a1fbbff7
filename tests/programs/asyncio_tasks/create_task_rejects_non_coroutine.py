# create_task requires a coroutine.
import asyncio

async def main():
    try:
        asyncio.create_task(123)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
# expect: TypeError: a coroutine was expected, got 123
