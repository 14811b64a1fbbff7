# Calling exception() marks the exception retrieved, so nothing is logged.
import asyncio

def handler(loop, context):
    print("handler:", context["message"])

async def boom():
    raise ValueError("seen")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(repr(t.exception()))
    del t
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
# expect: ValueError('seen')
# expect: done
