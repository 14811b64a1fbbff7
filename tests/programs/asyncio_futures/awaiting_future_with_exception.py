# Awaiting a future that holds an exception raises it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_exception, OSError("disk"))
    try:
        await f
    except OSError as e:
        print("caught", repr(e))

asyncio.run(main())
# expect: caught OSError('disk')
