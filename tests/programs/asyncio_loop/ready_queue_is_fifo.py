# call_soon callbacks run in the order they were scheduled (the ready queue is a FIFO).
import asyncio

loop = asyncio.new_event_loop()
for name in ["a", "b", "c", "d"]:
    loop.call_soon(print, "callback", name)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
# expect: callback a
# expect: callback b
# expect: callback c
# expect: callback d
