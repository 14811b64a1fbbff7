# asyncio.TaskGroup (Python 3.11): when one task fails, the others are cancelled, and the
# failures come out together as an ExceptionGroup.
import asyncio


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    if fail:
        raise RuntimeError(f"{name} failed")
    print(name, "finished")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(job("a", 1))
            group.create_task(job("b", 2, fail=True))
            group.create_task(job("c", 3))
    except* RuntimeError as errors:
        print("caught:", [str(e) for e in errors.exceptions])


asyncio.run(main())
