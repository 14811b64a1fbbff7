# Cancelling the task that awaits shield(t) raises CancelledError there, but t keeps running.
import asyncio

async def important():
    await asyncio.sleep(0.2)
    print("important work finished")
    return "saved"

async def caller(t):
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise

async def main():
    t = asyncio.create_task(important())
    c = asyncio.create_task(caller(t))
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("inner cancelled?", t.cancelled())
    print(await t)

asyncio.run(main())
# expect: caller cancelled
# expect: inner cancelled? False
# expect: important work finished
# expect: saved
