# Cancelling the gather cancels every unfinished child, in argument order; awaiting it
# raises CancelledError, yet the gather future itself reports cancelled() False.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a"), child("b"), child("c"))
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting gather raised CancelledError")
    print("g.cancelled() =", g.cancelled())

asyncio.run(main())
# expect: cancel -> True
# expect: a cancelled
# expect: b cancelled
# expect: c cancelled
# expect: awaiting gather raised CancelledError
# expect: g.cancelled() = False
