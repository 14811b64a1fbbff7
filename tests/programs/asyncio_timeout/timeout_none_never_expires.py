# timeout(None) has no deadline; reschedule() can give it one later.
import asyncio

async def main():
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        await asyncio.sleep(0.1)
    print("no timeout")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")

asyncio.run(main())
# expect: when: None
# expect: no timeout
# expect: rescheduled timeout fired
