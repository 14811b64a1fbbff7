# reschedule() moves the deadline: extended, the body finishes.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.3)
        print("survived thanks to reschedule")
    print(cm.expired())

asyncio.run(main())
# expect: survived thanks to reschedule
# expect: False
