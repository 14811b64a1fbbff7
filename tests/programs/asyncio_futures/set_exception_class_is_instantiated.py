# set_exception accepts an exception class and instantiates it; StopIteration is refused.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError)
    print(repr(f.exception()))
    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    g.cancel()

asyncio.run(main())
# expect: KeyError()
# expect: TypeError: StopIteration interacts badly with generators and cannot be raised into a Future
