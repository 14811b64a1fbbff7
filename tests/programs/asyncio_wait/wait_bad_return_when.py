# An unknown return_when value is rejected.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    await t

asyncio.run(main())
# expect: ValueError: Invalid return_when value: SOMETIMES
