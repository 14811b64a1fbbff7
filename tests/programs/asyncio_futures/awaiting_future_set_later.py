# A task awaiting a future resumes with its result after another party sets it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, "from the timer")
    print("waiting")
    print(await f)

asyncio.run(main())
# expect: waiting
# expect: from the timer
