# When a child fails, the siblings' CancelledError handlers run before the body's:
# the sibling wake-ups were scheduled first.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("boom")

async def sibling():
    try:
        await asyncio.sleep(1)
    finally:
        print("sibling finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            finally:
                print("body finally")
    except* ValueError:
        print("handled ValueError group")

asyncio.run(main())
# expect: sibling finally
# expect: body finally
# expect: handled ValueError group
