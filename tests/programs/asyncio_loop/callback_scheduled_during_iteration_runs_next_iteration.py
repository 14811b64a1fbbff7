# One iteration runs a snapshot of the ready queue: a callback that call_soon's another
# callback does not get it run before the callbacks already queued.
import asyncio

loop = asyncio.new_event_loop()

def first():
    print("first")
    loop.call_soon(print, "scheduled by first")

loop.call_soon(first)
loop.call_soon(print, "second")
loop.call_soon(print, "third")
loop.call_soon(lambda: loop.call_soon(loop.stop))
loop.run_forever()
loop.close()
# expect: first
# expect: second
# expect: third
# expect: scheduled by first
