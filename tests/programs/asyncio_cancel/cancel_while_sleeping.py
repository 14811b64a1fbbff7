# Cancelling a sleeping task throws CancelledError in at its await; finally blocks run.
import asyncio

async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
        print("never printed")
    finally:
        print("cleanup")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled")
    print(t.cancelled())

asyncio.run(main())
# expect: sleeping
# expect: cleanup
# expect: main: task cancelled
# expect: True
