# gather with a failing job: by default the first exception propagates;
# with return_exceptions=True exceptions come back as results.
import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    try:
        await asyncio.gather(job("a", 1), job("b", 2, fail=True), job("c", 3))
    except RuntimeError as error:
        print("gather raised:", error)
    results = await asyncio.gather(job("a", 1), job("b", 2, fail=True), job("c", 3),
                                   return_exceptions=True)
    print("with return_exceptions:", results)


asyncio.run(main())
