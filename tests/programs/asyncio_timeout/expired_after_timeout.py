# After a timeout fires, expired() is True and the error chains from CancelledError.
import asyncio

async def main():
    cm = asyncio.timeout(0.1)
    try:
        async with cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired:", cm.expired())
        print("cause:", type(e.__cause__).__name__)

asyncio.run(main())
# expect: expired: True
# expect: cause: CancelledError
