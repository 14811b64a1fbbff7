# With nested timeouts, the one that fires raises at its own async with.
import asyncio

async def main():
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.1):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0.1)
            print("outer body continues")
    except TimeoutError:
        print("outer timeout")

asyncio.run(main())
# expect: inner timeout
# expect: outer body continues
