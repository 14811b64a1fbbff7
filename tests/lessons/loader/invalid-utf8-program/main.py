import asyncio
WAIT = 1

async def main():
    print("héllo")
    await asyncio.sleep(WAIT)
    print(WAIT)

asyncio.run(main())
