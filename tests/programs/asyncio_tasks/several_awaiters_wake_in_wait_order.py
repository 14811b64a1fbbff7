# Several tasks awaiting the same task resume in the order they started waiting.
import asyncio

async def target():
    await asyncio.sleep(0.1)
    return "done"

async def waiter(name, t):
    r = await t
    print(name, "got", r)

async def main():
    t = asyncio.create_task(target())
    ws = [asyncio.create_task(waiter(n, t)) for n in ["w1", "w2", "w3"]]
    await asyncio.gather(*ws)

asyncio.run(main())
# expect: w1 got done
# expect: w2 got done
# expect: w3 got done
