# call_later(0) makes a timer even though it is already due: the loop appends due timers
# to the END of the ready queue, so call_soon callbacks queued after it still run first.
import asyncio

loop = asyncio.new_event_loop()
loop.call_later(0, print, "timer 0")
loop.call_soon(print, "soon 1")
loop.call_soon(print, "soon 2")
loop.call_later(0.1, loop.stop)
loop.run_forever()
loop.close()
# expect: soon 1
# expect: soon 2
# expect: timer 0
