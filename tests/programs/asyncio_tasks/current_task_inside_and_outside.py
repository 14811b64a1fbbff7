# current_task() is the task running the code; outside any loop it raises RuntimeError.
import asyncio

async def child():
    return asyncio.current_task()

async def main():
    t = asyncio.create_task(child())
    inner = await t
    print(inner is t, asyncio.current_task() is t)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
# expect: True False
# expect: RuntimeError: no running event loop
