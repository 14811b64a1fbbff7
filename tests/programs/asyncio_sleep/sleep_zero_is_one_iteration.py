# sleep(0) yields for exactly one iteration: two tasks alternate.
import asyncio

async def spin(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(spin("x"), spin("y"))

asyncio.run(main())
# expect: x 0
# expect: y 0
# expect: x 1
# expect: y 1
# expect: x 2
# expect: y 2
