# wait_for and asyncio.timeout cancel work that takes too long; shield protects an inner task.
import asyncio
import time


async def slow(seconds, result):
    await asyncio.sleep(seconds)
    return result


async def main():
    start = time.perf_counter()
    try:
        await asyncio.wait_for(slow(5, "report"), timeout=2)
    except TimeoutError:
        print("wait_for gave up at", round(time.perf_counter() - start))

    try:
        async with asyncio.timeout(1):
            await slow(5, "page")
    except TimeoutError:
        print("timeout() gave up at", round(time.perf_counter() - start))

    saved = asyncio.create_task(slow(3, "saved data"))
    try:
        await asyncio.wait_for(asyncio.shield(saved), timeout=1)
    except TimeoutError:
        print("shielded wait timed out at", round(time.perf_counter() - start),
              "but the task is cancelled?", saved.cancelled())
    print("the shielded task still returns:", await saved, "at", round(time.perf_counter() - start))


asyncio.run(main())
