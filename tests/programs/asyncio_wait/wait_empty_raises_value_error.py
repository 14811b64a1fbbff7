# wait() on an empty collection raises ValueError.
import asyncio

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
# expect: ValueError: Set of Tasks/Futures is empty.
