# With a timeout, the awaitables still outstanding raise TimeoutError; tasks keep running.
import asyncio

async def job(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    fast = asyncio.create_task(job("fast", 0.1))
    slow = asyncio.create_task(job("slow", 0.5))
    try:
        for aw in asyncio.as_completed([fast, slow], timeout=0.3):
            print(await aw)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError)
    print("slow cancelled?", slow.cancelled())
    print(await slow)

asyncio.run(main())
# expect: fast
# expect: TimeoutError True
# expect: slow cancelled? False
# expect: slow
