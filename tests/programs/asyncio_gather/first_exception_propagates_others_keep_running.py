# Without return_exceptions the first error reaches the awaiter at once, but the other
# children are not cancelled: they keep running.
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("first failure")

async def slow():
    await asyncio.sleep(0.3)
    print("slow child still finished")
    return "slow"

async def main():
    s = asyncio.create_task(slow())
    try:
        await asyncio.gather(fails(), s)
    except ValueError as e:
        print("caught", e)
    print("slow cancelled?", s.cancelled())
    print(await s)

asyncio.run(main())
# expect: caught first failure
# expect: slow cancelled? False
# expect: slow child still finished
# expect: slow
