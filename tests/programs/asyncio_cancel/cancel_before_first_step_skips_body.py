# A task cancelled before its first step never runs its body, not even its finally block.
import asyncio

async def child():
    try:
        print("body runs")
        await asyncio.sleep(1)
    finally:
        print("finally runs")

async def main():
    t = asyncio.create_task(child())
    print("cancel:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter got CancelledError")
    print(t.cancelled(), t.done())

asyncio.run(main())
# expect: cancel: True
# expect: awaiter got CancelledError
# expect: True True
