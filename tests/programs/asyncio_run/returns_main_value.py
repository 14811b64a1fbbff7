# asyncio.run returns the coroutine's return value.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    return {"answer": 42}

print(asyncio.run(main()))
# expect: {'answer': 42}
