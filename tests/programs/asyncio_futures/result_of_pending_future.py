# result() and exception() of a pending future raise InvalidStateError.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.cancel()

asyncio.run(main())
# expect: InvalidStateError Result is not set.
# expect: InvalidStateError Exception is not set.
