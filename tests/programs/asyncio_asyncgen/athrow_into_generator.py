# athrow raises an exception at the generator's yield; it may handle it and yield again.
import asyncio

async def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("generator handled", e)
            yield "recovered"

async def main():
    g = resilient()
    print(await anext(g))
    print(await g.athrow(ValueError("bad input")))
    print(await anext(g))
    await g.aclose()

asyncio.run(main())
# expect: ok
# expect: generator handled bad input
# expect: recovered
# expect: ok
