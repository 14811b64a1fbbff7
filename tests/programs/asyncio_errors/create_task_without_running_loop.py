# create_task outside a running loop raises RuntimeError; the coroutine is never awaited.
# The warning is reported where the coroutine is freed: when the traceback (which holds it)
# is dropped at the end of the except block, i.e. on the handler's last line.
import asyncio

async def job():
    print("never runs")

try:
    asyncio.create_task(job())
except RuntimeError as e:
    print("RuntimeError:", e)
print("end")
# expect: RuntimeError: no running event loop
# expect: end
# expect stderr: prog.py:12: RuntimeWarning: coroutine 'job' was never awaited
# expect stderr:   print("RuntimeError:", e)
