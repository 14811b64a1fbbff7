# A call_later timer and a sleep timer with the same delay, created in the same step,
# fire in creation order; the sleeping task resumes after the callback.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, "timer callback")
    await asyncio.sleep(0.1)
    print("main resumed")

asyncio.run(main())
# expect: timer callback
# expect: main resumed
