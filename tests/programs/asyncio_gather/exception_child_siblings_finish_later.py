# The caller handles the first error while the sibling is still running; the sibling's
# output appears later, when the caller waits again.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("x")

async def slow():
    await asyncio.sleep(0.2)
    print("sibling finished after the caller saw the error")

async def main():
    try:
        await asyncio.gather(fail(), slow())
    except ValueError:
        print("caller handles ValueError")
    await asyncio.sleep(0.3)
    print("main done")

asyncio.run(main())
# expect: caller handles ValueError
# expect: sibling finished after the caller saw the error
# expect: main done
