# With return_exceptions=True a cancelled child appears as a new CancelledError('').
import asyncio

async def sleeper():
    await asyncio.sleep(10)

async def ok():
    await asyncio.sleep(0.1)
    return "ok"

async def main():
    t = asyncio.create_task(sleeper())
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, t.cancel)
    print(await asyncio.gather(t, ok(), return_exceptions=True))

asyncio.run(main())
# expect: [CancelledError(''), 'ok']
