# A timer that becomes due is appended to the end of the ready queue, so callbacks
# that were already queued run before it.
import asyncio

loop = asyncio.new_event_loop()

def chain(n):
    print("chain", n)
    if n < 3:
        loop.call_soon(chain, n + 1)

loop.call_later(0, print, "timer")
loop.call_soon(chain, 1)
loop.call_later(0.1, loop.stop)
loop.run_forever()
loop.close()
# expect: chain 1
# expect: timer
# expect: chain 2
# expect: chain 3
