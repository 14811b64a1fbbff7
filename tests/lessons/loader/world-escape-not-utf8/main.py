import asyncio
WAIT = 1

async def main():
    print("hello")
    await asyncio.sleep(WAIT)
    print(WAIT)

asyncio.run(main())
