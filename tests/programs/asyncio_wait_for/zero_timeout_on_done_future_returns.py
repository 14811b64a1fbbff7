# timeout <= 0 with an already-done future returns its result.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))

asyncio.run(main())
# expect: ready
