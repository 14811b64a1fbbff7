# An async generator yields values over time; `async for` awaits each next value.
import asyncio
import time


async def countdown(n, every):
    while n > 0:
        await asyncio.sleep(every)  # the generator itself waits between values
        yield n
        n -= 1


async def main():
    start = time.perf_counter()
    async for value in countdown(3, 1):
        print(value, "at", round(time.perf_counter() - start))
    squares = [v * v async for v in countdown(3, 0)]  # an async comprehension
    print("squares:", squares)


asyncio.run(main())
