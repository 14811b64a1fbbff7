# await on a value that is not awaitable raises TypeError.
import asyncio

async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
# expect: TypeError: object int can't be used in 'await' expression
