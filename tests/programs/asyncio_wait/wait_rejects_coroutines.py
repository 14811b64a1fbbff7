# In 3.11 passing bare coroutines to wait() is a TypeError.
import asyncio

async def job():
    return 1

async def main():
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    finally:
        c.close()

asyncio.run(main())
# expect: TypeError: Passing coroutines is forbidden, use tasks explicitly.
