# asyncio.Future() inside a coroutine binds to the running loop.
import asyncio

async def main():
    f = asyncio.Future()
    print(f.get_loop() is asyncio.get_running_loop())
    asyncio.get_running_loop().call_soon(f.set_result, "ok")
    print(await f)

asyncio.run(main())
# expect: True
# expect: ok
