# asyncio.run needs a coroutine object.
import asyncio

asyncio.run(42)
# expect runtime error: ValueError: a coroutine was expected, got 42
