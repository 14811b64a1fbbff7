# asend(value) resumes the generator with a value for the yield expression.
import asyncio

async def accumulator():
    total = 0
    while True:
        x = yield total
        total += x

async def main():
    g = accumulator()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(10))
    await g.aclose()

asyncio.run(main())
# expect: 0
# expect: 5
# expect: 15
