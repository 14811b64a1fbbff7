# After the first error propagates, later child errors are marked retrieved:
# the loop's exception handler is never called for them.
import asyncio
import gc

def handler(loop, context):
    print("handler:", context["message"])

async def bad(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    try:
        await asyncio.gather(bad("first", 0.1), bad("second", 0.2))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.3)
    gc.collect()
    print("done")

asyncio.run(main())
gc.collect()
print("end")
# expect: caught first
# expect: done
# expect: end
