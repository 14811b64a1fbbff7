# When the outer deadline comes first, the inner timeout block lets the cancellation through
# and the outer block raises TimeoutError.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner: never")
    except TimeoutError:
        print("outer TimeoutError")

asyncio.run(main())
# expect: outer TimeoutError
