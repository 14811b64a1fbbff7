# Sleepers wake in deadline order.
import asyncio

async def nap(name, d):
    print(name, "sleeps", d)
    await asyncio.sleep(d)
    print(name, "woke")

async def main():
    await asyncio.gather(nap("slow", 0.3), nap("fast", 0.1), nap("mid", 0.2))

asyncio.run(main())
# expect: slow sleeps 0.3
# expect: fast sleeps 0.1
# expect: mid sleeps 0.2
# expect: fast woke
# expect: mid woke
# expect: slow woke
