# If the body swallows the timeout's CancelledError, no TimeoutError is raised, but
# expired() is still True.
import asyncio

async def main():
    async with asyncio.timeout(0.1) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed the cancellation")
    print("no TimeoutError; expired =", cm.expired())

asyncio.run(main())
# expect: body swallowed the cancellation
# expect: no TimeoutError; expired = True
