# wait_for waits for the cancelled inner task to finish its cleanup before raising, so the
# cleanup output comes first (even when the cleanup itself awaits).
import asyncio

async def job():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner cleanup starts")
        await asyncio.sleep(0.1)
        print("inner cleanup ends")

async def main():
    try:
        await asyncio.wait_for(job(), timeout=0.1)
    except TimeoutError:
        print("caller sees TimeoutError")

asyncio.run(main())
# expect: inner cleanup starts
# expect: inner cleanup ends
# expect: caller sees TimeoutError
