# If main raises, leftover tasks are cancelled (and print) before the exception leaves
# asyncio.run, so their output comes before the traceback.
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    raise RuntimeError("main crashed")

try:
    asyncio.run(main())
except RuntimeError as e:
    print("caught after cleanup:", e)
# expect: background finally
# expect: caught after cleanup: main crashed
