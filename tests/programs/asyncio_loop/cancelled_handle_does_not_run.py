# A cancelled handle or timer is skipped by the loop.
import asyncio

loop = asyncio.new_event_loop()
h1 = loop.call_soon(print, "soon kept")
h2 = loop.call_soon(print, "soon cancelled")
t1 = loop.call_later(0.1, print, "timer cancelled")
t2 = loop.call_later(0.2, print, "timer kept")
h2.cancel()
t1.cancel()
print(h2.cancelled(), t1.cancelled(), h1.cancelled())
loop.call_later(0.3, loop.stop)
loop.run_forever()
loop.close()
# expect: True True False
# expect: soon kept
# expect: timer kept
