# An exception from main propagates out of asyncio.run; uncaught it ends the program.
import asyncio

async def main():
    print("main starts")
    await asyncio.sleep(0)
    raise ValueError("main failed")

asyncio.run(main())
print("never")
# expect: main starts
# expect runtime error: ValueError: main failed
