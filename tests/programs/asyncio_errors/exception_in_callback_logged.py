# An exception in a plain callback is logged and the loop keeps going.
import asyncio

def bad_callback():
    raise ZeroDivisionError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
# expect: next callback still runs
# expect: main done
# expect stderr: Traceback (most recent call last):
# expect stderr: ZeroDivisionError: in callback
