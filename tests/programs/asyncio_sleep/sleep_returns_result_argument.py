# sleep(delay, result) returns result.
import asyncio

async def main():
    print(await asyncio.sleep(0.1, "woke"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(0.1))

asyncio.run(main())
# expect: woke
# expect: [1, 2]
# expect: None
