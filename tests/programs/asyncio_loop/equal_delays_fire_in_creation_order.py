# Timers with equal delays created in the same step fire in creation order.
import asyncio

loop = asyncio.new_event_loop()
for name in ["one", "two", "three", "four"]:
    loop.call_later(0.1, print, name)
loop.call_later(0.2, loop.stop)
loop.run_forever()
loop.close()
# expect: one
# expect: two
# expect: three
# expect: four
