# stop() takes effect after the current iteration: callbacks already in the snapshot still run,
# ones scheduled during it wait for the next run.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "a")
loop.call_soon(loop.stop)
loop.call_soon(print, "b")
loop.call_soon(lambda: loop.call_soon(print, "c (next run)"))
loop.run_forever()
print("stopped")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
# expect: a
# expect: b
# expect: stopped
# expect: c (next run)
