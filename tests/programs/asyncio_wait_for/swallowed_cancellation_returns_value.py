# If the inner task swallows the cancellation and returns, wait_for returns that value
# instead of raising TimeoutError (3.11).
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner ignores the cancellation")
    return "value after timeout"

async def main():
    print(await asyncio.wait_for(stubborn(), timeout=0.1))

asyncio.run(main())
# expect: inner ignores the cancellation
# expect: value after timeout
