# call_at takes an absolute loop.time() deadline; call_later is call_at(time() + delay).
import asyncio

loop = asyncio.new_event_loop()
start = loop.time()
loop.call_at(start + 0.2, print, "call_at +0.2")
loop.call_later(0.1, print, "call_later 0.1")
loop.call_at(start + 0.3, loop.stop)
loop.run_forever()
print("elapsed", round(loop.time() - start, 1))
loop.close()
# expect: call_later 0.1
# expect: call_at +0.2
# expect: elapsed 0.3
