# Passing the coroutine function instead of calling it is a ValueError too.
import asyncio

async def main():
    pass

try:
    asyncio.run(main)
except ValueError as e:
    print(type(e).__name__, str(e).startswith("a coroutine was expected, got <function main at 0x"))
# expect: ValueError True
