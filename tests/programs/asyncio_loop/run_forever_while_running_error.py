# A loop cannot be started again from inside itself.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
# expect: RuntimeError: This event loop is already running
