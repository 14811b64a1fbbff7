# get_running_loop outside a coroutine raises RuntimeError.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: RuntimeError: no running event loop
