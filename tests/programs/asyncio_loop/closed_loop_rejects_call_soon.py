# A closed loop refuses new callbacks.
import asyncio

loop = asyncio.new_event_loop()
loop.close()
try:
    loop.call_soon(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: RuntimeError: Event loop is closed
