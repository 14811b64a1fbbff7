# notify() without holding the lock raises RuntimeError.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
# expect: RuntimeError: cannot notify on un-acquired lock
