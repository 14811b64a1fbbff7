# gather of gathers: results nest in argument order.
import asyncio

async def val(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    inner1 = asyncio.gather(val(1, 0.2), val(2, 0.1))
    inner2 = asyncio.gather(val(3, 0.1))
    print(await asyncio.gather(inner1, inner2, val(4, 0)))

asyncio.run(main())
# expect: [[1, 2], [3], 4]
