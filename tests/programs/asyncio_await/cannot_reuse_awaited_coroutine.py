# A coroutine object can be awaited only once.
import asyncio

async def value():
    return 5

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
# expect: 5
# expect: RuntimeError: cannot reuse already awaited coroutine
