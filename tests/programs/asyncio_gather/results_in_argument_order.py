# gather returns results in argument order, not completion order.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print("finished", name)
    return name

async def main():
    print(await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)))

asyncio.run(main())
# expect: finished fast
# expect: finished mid
# expect: finished slow
# expect: ['slow', 'fast', 'mid']
