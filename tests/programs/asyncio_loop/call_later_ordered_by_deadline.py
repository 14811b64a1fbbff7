# Timers fire in deadline order, not in the order they were created.
import asyncio

loop = asyncio.new_event_loop()
loop.call_later(0.3, print, "0.3")
loop.call_later(0.1, print, "0.1")
loop.call_later(0.2, print, "0.2")
loop.call_later(0.4, loop.stop)
loop.run_forever()
loop.close()
# expect: 0.1
# expect: 0.2
# expect: 0.3
