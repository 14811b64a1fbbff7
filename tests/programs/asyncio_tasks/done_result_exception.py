# done(), result() and exception() of a finished task.
import asyncio

async def ok():
    return "value"

async def bad():
    raise ValueError("nope")

async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    print(t1.done(), t2.done())
    await asyncio.sleep(0)
    print(t1.done(), t2.done())
    print(t1.result(), t1.exception())
    print(repr(t2.exception()))
    try:
        t2.result()
    except ValueError as e:
        print("result() raised", repr(e))
    print(t1.cancelled(), t2.cancelled())

asyncio.run(main())
# expect: False False
# expect: True True
# expect: value None
# expect: ValueError('nope')
# expect: result() raised ValueError('nope')
# expect: False False
