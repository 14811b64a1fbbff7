# Uncaught: the leftover task's cleanup prints before the traceback, exit status 1.
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cleaned up")
        raise

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    raise KeyError("config")

asyncio.run(main())
# expect: background cleaned up
# expect stderr:   File "prog.py", line 14, in main
# expect runtime error: KeyError: 'config'
