# Calling an async def function only creates a coroutine object; the body runs when awaited.
import asyncio

async def greet():
    print("inside greet")
    return "hi"

async def main():
    c = greet()
    print(type(c).__name__, asyncio.iscoroutine(c))
    print("before await")
    print(await c)

asyncio.run(main())
# expect: coroutine True
# expect: before await
# expect: inside greet
# expect: hi
