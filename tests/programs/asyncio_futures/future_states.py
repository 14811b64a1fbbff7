# A Future goes from pending to done (result, exception or cancelled).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    f.set_result(3)
    print(f.done(), f.cancelled(), f.result(), f.exception())
    g = loop.create_future()
    g.cancel()
    print(g.done(), g.cancelled())
    h = loop.create_future()
    h.set_exception(ValueError("x"))
    print(h.done(), h.cancelled(), repr(h.exception()))

asyncio.run(main())
# expect: False False
# expect: True False 3 None
# expect: True True
# expect: True False ValueError('x')
