# timeout_at takes an absolute loop.time() deadline.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.2):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out after", round(loop.time() - start, 1))

asyncio.run(main())
# expect: timed out after 0.2
