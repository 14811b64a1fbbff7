# A task that main creates in its last step and that finishes in its first step completes
# normally in the extra iteration, so shutdown has nothing to cancel.
import asyncio

async def quick():
    try:
        print("quick runs to the end")
        return 1
    except asyncio.CancelledError:
        print("never cancelled")

async def main():
    global t
    t = asyncio.create_task(quick())

asyncio.run(main())
print(t.done(), t.cancelled(), t.result())
# expect: quick runs to the end
# expect: True False 1
